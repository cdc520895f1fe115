class Account:
    owner: str                     # annotated, but no value: no class attribute
    balance: float = 0.0           # annotated and assigned
    ratio: "between 0 and 1" = 0.5 # any expression is allowed, even a remark
    untyped = "plain attribute"    # assigned, not annotated: not recorded


def deposit(account: Account, amount: float) -> float:
    total: NoSuchName = account.balance + amount  # a local annotation is never
    return total                                  # evaluated, so no NameError


print(Account.__annotations__)
print(hasattr(Account, "owner"), hasattr(Account, "balance"))
print(deposit.__annotations__)
print(deposit(Account(), 2.5))
try:
    deposit(Account(), "10")       # nothing checks the hint at run time
except TypeError as exc:
    print("TypeError from the + inside, not from the hint:", exc)

"""Cells: the boxes that let inner functions share an outer variable."""


def make_account(balance: int):
    def deposit(amount: int) -> int:
        nonlocal balance             # rebind the enclosing variable
        balance += amount
        return balance

    def peek() -> int:
        return balance               # a read needs no declaration

    return deposit, peek


deposit, peek = make_account(100)

print("outer cellvars:", make_account.__code__.co_cellvars)
print("deposit freevars:", deposit.__code__.co_freevars)
print("peek freevars:", peek.__code__.co_freevars)
print("same cell:", deposit.__closure__[0] is peek.__closure__[0])

deposit(50)
print("peek() after deposit(50):", peek())
print("cell_contents:", peek.__closure__[0].cell_contents)
print("module-level function has no closure:", make_account.__closure__)

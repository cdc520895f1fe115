class LoggingProxy:
    """Forward attribute access to `target`, recording each operation."""

    def __init__(self, target: object) -> None:
        object.__setattr__(self, "_target", target)   # bypass our __setattr__
        object.__setattr__(self, "log", [])

    def __getattr__(self, name: str) -> object:       # only for names we lack
        value = getattr(self._target, name)
        if not callable(value):
            self.log.append(f"get {name} -> {value!r}")
            return value

        def logged(*args: object, **kwargs: object) -> object:
            result = value(*args, **kwargs)
            self.log.append(f"call {name}{args} -> {result!r}")
            return result
        return logged

    def __setattr__(self, name: str, value: object) -> None:
        self.log.append(f"set {name} = {value!r}")
        setattr(self._target, name, value)


class Account:
    def __init__(self, balance: int) -> None:
        self.balance = balance

    def deposit(self, amount: int) -> int:
        self.balance += amount
        return self.balance


acct = LoggingProxy(Account(10))
acct.deposit(5)
acct.owner = "Ada"
print(acct.balance, acct.owner)
print(*acct.log, sep="\n")

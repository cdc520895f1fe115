class NoRedefinition(dict):
    """A class namespace that refuses to bind the same name twice."""

    def __setitem__(self, key: str, value: object) -> None:
        if key in self and not key.startswith("__"):
            raise TypeError(f"{key!r} defined twice in the class body")
        super().__setitem__(key, value)


class Strict(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        return NoRedefinition()

    def __new__(mcls, name, bases, ns, **kwargs):
        print("namespace type in __new__:", type(ns).__name__)
        return super().__new__(mcls, name, bases, ns)


class Account(metaclass=Strict):
    def balance(self) -> int:
        return 0

print("class __dict__ type:", type(Account.__dict__).__name__)

try:
    class Broken(metaclass=Strict):
        def total(self) -> int:
            return 1

        def total(self) -> int:      # a copy-paste slip
            return 2
except TypeError as exc:
    print("TypeError:", exc)

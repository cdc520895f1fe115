class Validator:
    """Check values on assignment; store them under a private name."""

    def __set_name__(self, owner: type, name: str) -> None:
        print(f"  __set_name__({owner.__name__}, {name!r})")
        self.public_name, self.private_name = name, "_" + name

    def __get__(self, obj: object, objtype: type | None = None) -> object:
        return self if obj is None else getattr(obj, self.private_name)

    def __set__(self, obj: object, value: object) -> None:
        self.validate(value)
        setattr(obj, self.private_name, value)

    def validate(self, value: object) -> None:
        raise NotImplementedError


class Positive(Validator):
    def validate(self, value: object) -> None:
        if not isinstance(value, (int, float)) or value <= 0:
            raise ValueError(f"{self.public_name} must be > 0, got {value!r}")


print("class body runs, then type.__new__ calls __set_name__:")
class Order:
    quantity = Positive()
    price = Positive()

    def __init__(self, quantity: int, price: float) -> None:
        self.quantity, self.price = quantity, price


print(vars(Order(3, 9.5)))
for bad in ((0, 9.5), (2, "free")):
    try:
        Order(*bad)
    except ValueError as exc:
        print("ValueError:", exc)

from collections.abc import Callable


class Property:
    """Emulate the built-in property (PyProperty_Type in descrobject.c)."""

    def __init__(self, fget: Callable, fset: Callable | None = None) -> None:
        self.fget, self.fset = fget, fset

    def __get__(self, obj: object, objtype: type | None = None) -> object:
        if obj is None:
            return self                     # looked up on the class itself
        return self.fget(obj)

    def __set__(self, obj: object, value: object) -> None:
        if self.fset is None:
            raise AttributeError("read-only property")
        self.fset(obj, value)


class Temperature:
    def _set_celsius(self, value: float) -> None:
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._c = value

    celsius = Property(lambda self: self._c, _set_celsius)
    fahrenheit = Property(lambda self: self._c * 9 / 5 + 32)


t = Temperature()
t.celsius = 100                             # Property.__set__ -> _set_celsius
print(t.celsius, t.fahrenheit, vars(t))
t.__dict__["celsius"] = -500                # the data descriptor still wins
print(t.celsius, sorted(vars(t)), type(Temperature.celsius).__name__)
for name, value in (("celsius", -300), ("fahrenheit", 0)):
    try:
        setattr(t, name, value)
    except (ValueError, AttributeError) as exc:
        print(f"t.{name} = {value}: {type(exc).__name__}: {exc}")

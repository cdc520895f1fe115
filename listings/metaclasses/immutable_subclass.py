class TooLate(str):
    def __init__(self, value: str) -> None:
        # The str's characters were fixed by str.__new__; nothing to change here.
        self = value.upper()              # rebinds a local name, changes nothing


class Code(str):
    """An upper-case, stripped product code, normalised before the str exists."""

    def __new__(cls, value: str) -> "Code":
        return super().__new__(cls, value.strip().upper())


class Point(tuple):
    """An immutable 2-D point: the tuple's items are chosen in __new__."""
    __slots__ = ()                        # no per-instance __dict__ either

    def __new__(cls, x: float, y: float) -> "Point":
        return super().__new__(cls, (x, y))

    x = property(lambda self: self[0])
    y = property(lambda self: self[1])


print(repr(TooLate(" ab-12 ")))
print(repr(Code(" ab-12 ")), isinstance(Code("x"), str))
p = Point(3, 4)
print(p, p.x, p.y, p == (3, 4))
for attempt in ("p.x = 10", "p.z = 10"):
    try:
        exec(attempt)
    except AttributeError:
        print(attempt, "-> AttributeError")

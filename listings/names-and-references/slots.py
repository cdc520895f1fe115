from collections import namedtuple
from dataclasses import dataclass


class Plain:
    def __init__(self, x: int) -> None:
        self.x = x


class Slotted:
    __slots__ = ("x",)

    def __init__(self, x: int) -> None:
        self.x = x


@dataclass(slots=True)
class SlottedData:
    x: int


Pair = namedtuple("Pair", "x y")

for obj in (Plain(1), Slotted(1), SlottedData(1), Pair(1, 2)):
    try:
        obj.extra = "new attribute"
        outcome = "accepted"
    except AttributeError:
        outcome = "AttributeError"
    print(f"{type(obj).__name__:11} has __dict__: {hasattr(obj, '__dict__')!s:5}"
          f"  obj.extra = ...: {outcome}")
print("namedtuple __slots__:", Pair.__slots__)

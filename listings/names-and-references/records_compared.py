from collections import namedtuple
from dataclasses import dataclass


class PlainPoint:
    def __init__(self, x: int, y: int) -> None:
        self.x, self.y = x, y


TuplePoint = namedtuple("TuplePoint", "x y")


@dataclass
class DataPoint:
    x: int
    y: int


@dataclass(frozen=True)
class FrozenPoint:
    x: int
    y: int


def describe(cls: type) -> None:
    """Print how instances of cls compare, hash and change."""
    a, b = cls(1, 2), cls(1, 2)
    equal = a == b
    hashable = cls.__hash__ is not None
    try:
        a.x = 10
        mutable = True
    except AttributeError:
        mutable = False
    print(f"{cls.__name__:12} a == b: {equal!s:5} hashable: {hashable!s:5} "
          f"mutable: {mutable!s:5} tuple: {isinstance(a, tuple)}")


for cls in (PlainPoint, TuplePoint, DataPoint, FrozenPoint):
    describe(cls)

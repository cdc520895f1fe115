from dataclasses import dataclass, FrozenInstanceError
from typing import NamedTuple, TypedDict


@dataclass(frozen=True)
class PointDC:
    x: int
    y: int = 0

class PointNT(NamedTuple):
    x: int
    y: int = 0

class PointTD(TypedDict):
    x: int
    y: int


dc, nt, td = PointDC(1, 2), PointNT(1, 2), PointTD(x=1, y=2)
print("runtime type:  ", type(dc).__name__, type(nt).__name__, type(td).__name__)
print("is a tuple:    ", *(isinstance(r, tuple) for r in (dc, nt, td)))
print("== (1, 2):     ", dc == (1, 2), nt == (1, 2), td == (1, 2))
print("unpacks:       ", list(nt), list(td))      # a dict iterates over its keys
print("no type check: ", PointDC("a", "b").x, PointNT("a", "b").x,
      PointTD(x="a", y="b")["x"])
try:
    dc.x = 5
except FrozenInstanceError:
    print("frozen dataclass -> FrozenInstanceError")
try:
    nt.x = 5
except AttributeError:
    print("namedtuple       -> AttributeError")
td["x"] = 5
print("TypedDict        -> just a dict:", td)

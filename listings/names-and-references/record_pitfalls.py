from collections import namedtuple
from dataclasses import dataclass, field

Point = namedtuple("Point", "x y")
Size = namedtuple("Size", "width height")
print("Point(1, 2) == (1, 2):      ", Point(1, 2) == (1, 2))
print("Point(1, 2) == Size(1, 2):  ", Point(1, 2) == Size(1, 2))


@dataclass(frozen=True)
class Celsius:
    degrees: float


@dataclass(frozen=True)
class Fahrenheit:
    degrees: float


print("Celsius(5) == Fahrenheit(5):", Celsius(5) == Fahrenheit(5))


@dataclass(frozen=True)
class Tagged:
    name: str
    tags: list = field(default_factory=list)   # frozen, but holds a list


t = Tagged("a")
t.tags.append("mutable inside")                # frozen is shallow, too
print("t.tags:", t.tags)
try:
    hash(t)
except TypeError as exc:
    print("hash(t) fails:", exc)

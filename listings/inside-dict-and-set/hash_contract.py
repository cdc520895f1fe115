class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x, self.y = x, y

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)


print("__hash__ after defining __eq__:", Point.__hash__)
try:
    {Point(1, 2)}
except TypeError as exc:
    print("TypeError:", exc)


class MutablePoint(Point):
    def __hash__(self) -> int:
        return hash((self.x, self.y))


p = MutablePoint(1, 2)
seen = {p}
p.x = 99                                   # its hash changes under the set
print("p in seen:", p in seen)
print("p in list(seen):", p in list(seen))  # a linear scan still finds it
print("MutablePoint(1, 2) in seen:", MutablePoint(1, 2) in seen)

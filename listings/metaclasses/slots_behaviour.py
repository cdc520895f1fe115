class Pixel:
    __slots__ = ("x", "y")

    def __init__(self, x: int, y: int) -> None:
        self.x, self.y = x, y


p = Pixel(1, 2)
slot = Pixel.__dict__["x"]                   # type.__new__ made one per slot name
print(type(slot).__name__, hasattr(slot, "__set__"), slot.__get__(p, Pixel))
slot.__set__(p, 10)                          # what p.x = 10 does, by hand
print(p.x, hasattr(p, "__dict__"))

class Loose(Pixel):                          # no __slots__ of its own...
    pass

print(hasattr(Loose(1, 2), "__dict__"))      # ...so its instances get a __dict__

try:
    class Defaulted:
        __slots__ = ("x",)
        x = 0                                # would replace the slot descriptor
except ValueError as exc:
    print("ValueError:", exc)

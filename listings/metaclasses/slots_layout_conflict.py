class Pixel:
    __slots__ = ("x", "y")        # two fields at the start of the instance


class Pair:
    __slots__ = ("a", "b")        # two *other* fields at the same offsets


try:
    class Both(Pixel, Pair):      # which layout should a Both instance have?
        __slots__ = ()
except TypeError as exc:
    print("TypeError:", exc)
else:
    both = Both()
    both.x, both.y = 1, 2
    both.a, both.b = 3, 4
    print("class created; x, y =", (both.x, both.y), "and a, b =", (both.a, both.b))

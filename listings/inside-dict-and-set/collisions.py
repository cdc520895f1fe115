from collections.abc import Callable, Collection


class Key:
    """A key whose hash we choose; it counts calls to __eq__."""

    eq_calls = 0

    def __init__(self, n: int, h: int) -> None:
        self.n, self.h = n, h

    def __hash__(self) -> int:
        return self.h

    def __eq__(self, other: object) -> bool:
        Key.eq_calls += 1
        return isinstance(other, Key) and self.n == other.n


def cost(make: Callable[..., Collection], hash_of: Callable[[int], int]) -> str:
    """__eq__ calls to build from n keys (per n*(n-1)/2), then to miss (per n)."""
    n = 300
    Key.eq_calls = 0
    keys = make(Key(i, hash_of(i)) for i in range(n))
    built, Key.eq_calls = Key.eq_calls, 0
    assert Key(n, hash_of(n)) not in keys  # one failed lookup
    return f"build {built / (n * (n - 1) / 2):.2f}, miss {Key.eq_calls / n:.2f}"


print("dict, distinct hashes:", cost(dict.fromkeys, lambda i: i))
print("dict, one shared hash:", cost(dict.fromkeys, lambda i: 7))
print("set,  one shared hash:", cost(set, lambda i: 7))

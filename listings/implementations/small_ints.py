"""Which ints come from a shared cache, however they are computed?"""


def build(n: int) -> list[int]:
    """Three run-time routes to the value n."""
    one = int("1")
    return [int(str(n)), (n - one) + one, list(range(n, n + 1))[0]]


for n in (-6, -5, 0, 256, 257, 1000):
    first, second = build(n), build(n)
    same = [a is b for a, b in zip(first, second)]
    print(f"{n:>5}: equal={first == second}, same object by each route={same}")

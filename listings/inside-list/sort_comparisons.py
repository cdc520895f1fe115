import math
import operator
import random

counts = dict.fromkeys(["<", "<=", ">", ">=", "=="], 0)


def counting(symbol: str, op):
    """A comparison method that logs its use, then compares the values."""
    def method(self, other):
        counts[symbol] += 1
        return op(self.value, other.value)
    return method


class Item:
    def __init__(self, value: int) -> None:
        self.value = value

    __lt__, __le__ = counting("<", operator.lt), counting("<=", operator.le)
    __gt__, __ge__ = counting(">", operator.gt), counting(">=", operator.ge)
    __eq__ = counting("==", operator.eq)


def comparisons(values: list[int]) -> int:
    """Sort Items holding values; return how many comparisons that took."""
    counts.update(dict.fromkeys(counts, 0))
    items = [Item(v) for v in values]
    items.sort()
    assert [i.value for i in items] == sorted(values)
    assert {s for s, n in counts.items() if n} == {"<"}   # only < is ever used
    return counts["<"]


n = 1000
shuffled = random.Random(1).sample(range(n), n)
print("already sorted:", comparisons(list(range(n))))
print("reversed:      ", comparisons(list(range(n, 0, -1))))
print("shuffled:      ", comparisons(shuffled), "| lg(n!) =", round(math.lgamma(n + 1) / math.log(2)))
print("reversed, n = 10:", comparisons(list(range(10, 0, -1))))

import random
import timeit


class Key:
    """An int wrapper that counts every comparison made on it."""
    comparisons = 0

    def __init__(self, value: int) -> None:
        self.value = value

    def __lt__(self, other: "Key") -> bool:
        Key.comparisons += 1
        return self.value < other.value


random.seed(2024)
data = [Key(v) for v in random.sample(range(10_000), 1_000)]

per_run = []
def stmt() -> None:
    before = Key.comparisons
    data.sort()                      # sorts in place: the next run sees sorted data
    per_run.append(Key.comparisons - before)

timeit.repeat(stmt, number=1, repeat=5)   # the timings are thrown away
print("comparisons per run:", per_run)
print("first run does", round(per_run[0] / per_run[1]), "times the work of the rest")

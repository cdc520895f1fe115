import random
import statistics

random.seed(42)
TRUE_COST = 100.0           # what the code really costs, in microseconds


def one_run() -> float:
    """One timing: the true cost plus interference, which can only add time."""
    noise = random.uniform(0, 2)              # timer jitter, cache misses
    if random.random() < 0.3:                 # another process took the CPU
        noise += random.uniform(10, 60)
    return TRUE_COST + noise


errors: dict[str, list[float]] = {"mean": [], "median": [], "min": []}
for experiment in range(2000):
    runs = [one_run() for _ in range(5)]      # timeit.repeat's default
    errors["mean"].append(sum(runs) / len(runs) - TRUE_COST)
    errors["median"].append(statistics.median(runs) - TRUE_COST)
    errors["min"].append(min(runs) - TRUE_COST)

for name, errs in errors.items():
    bad = sum(e > 5 for e in errs)
    print(f"{name:6}  typical error {statistics.median(errs):4.1f} us"
          f"   off by more than 5 us in {bad:4} of 2000 experiments")

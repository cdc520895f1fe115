import time
from typing import Callable


def smallest_step(clock: Callable[[], float], samples: int = 20_000) -> float:
    """The smallest non-zero difference between consecutive readings."""
    readings = [clock() for _ in range(samples)]
    steps = [b - a for a, b in zip(readings, readings[1:]) if b != a]
    return min(steps) if steps else float("inf")


for name in ["perf_counter", "process_time"]:
    clock = getattr(time, name)
    claimed = time.get_clock_info(name).resolution
    step = smallest_step(clock)
    print(f"{name:13} claims <= 1 us: {claimed <= 1e-6!s:5}"
          f"   observed step <= 1 us: {step <= 1e-6}")

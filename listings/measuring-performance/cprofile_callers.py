import cProfile
import pstats


def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def main() -> int:
    return fib(15) + fib(10)


with cProfile.Profile() as profiler:
    main()

# Stats.stats maps each function to (primitive calls, calls, tottime, cumtime,
# callers), and callers maps each caller to that edge's own counts and times.
stats = pstats.Stats(profiler).stats
for (_, _, name), (primitive, total, _, _, callers) in stats.items():
    if name == "fib":
        print(f"fib: {total} calls, {primitive} primitive, called by:")
        for (_, _, caller), (ncalls, *_times) in sorted(callers.items()):
            print(f"  {caller:5} {ncalls:5} times")

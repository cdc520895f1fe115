import multiprocessing as mp
import os
from concurrent.futures import ProcessPoolExecutor


def collatz_steps(n: int) -> tuple[int, int]:
    """CPU-bound work; also report which process did it."""
    steps = 0
    while n != 1:
        n = 3 * n + 1 if n % 2 else n // 2
        steps += 1
    return steps, os.getpid()


def check(n: int) -> int:
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2, mp_context=mp.get_context("fork")) as ex:
        results = list(ex.map(collatz_steps, [27, 97, 871, 6171], chunksize=2))
        print("steps:", [steps for steps, _ in results])          # input order
        print("all done outside the parent:", all(pid != os.getpid() for _, pid in results))
        future = ex.submit(check, -1)
        print("exception crosses back:", repr(future.exception()))

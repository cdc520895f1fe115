import tracemalloc


def squares_list(n: int) -> int:
    return sum([i * i for i in range(n)])       # builds the whole list first


def squares_generator(n: int) -> int:
    return sum(i * i for i in range(n))         # one square at a time


tracemalloc.start()
for func in (squares_list, squares_generator):
    tracemalloc.reset_peak()                    # Python 3.9+
    start, _ = tracemalloc.get_traced_memory()
    func(100_000)
    current, peak = tracemalloc.get_traced_memory()
    print(f"{func.__name__:17}  left behind < 10 KB: {current - start < 10_000!s:5}"
          f"  peak over 1 MB: {peak - start > 1_000_000}")
tracemalloc.stop()

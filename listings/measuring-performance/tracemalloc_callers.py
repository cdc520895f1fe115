import linecache
import tracemalloc


def make_record(i: int) -> str:
    return f"record {i:05}"


def load_users() -> list[str]:
    return [make_record(i) for i in range(3_000)]


def load_orders() -> list[str]:
    return [make_record(i) for i in range(1_000)]


def show(frame: tracemalloc.Frame) -> str:
    return linecache.getline(frame.filename, frame.lineno).strip()


mine = [tracemalloc.Filter(True, make_record.__code__.co_filename)]
for nframe, key in [(1, "lineno"), (2, "traceback")]:
    tracemalloc.start(nframe)                   # keep nframe frames per block
    before = tracemalloc.take_snapshot()
    data = load_users(), load_orders()
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    stats = after.filter_traces(mine).compare_to(before.filter_traces(mine), key)
    print(f"start({nframe}), grouped by {key}:")
    for stat in stats[:2]:
        print(f"{stat.count_diff:7} blocks:", "  <-  ".join(show(f) for f in reversed(stat.traceback)))

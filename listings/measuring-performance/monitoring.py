import sys
from collections import Counter

mon = sys.monitoring
TOOL = mon.PROFILER_ID
starts: Counter[str] = Counter()
callbacks = 0


def on_start(code, offset):
    """PY_START: a Python function (or generator) starts executing."""
    global callbacks
    callbacks += 1
    starts[code.co_qualname] += 1
    if once:
        return mon.DISABLE          # stop reporting this code object


def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


mon.use_tool_id(TOOL, "book-profiler")
mon.register_callback(TOOL, mon.events.PY_START, on_start)
for once in (False, True):
    starts.clear()
    callbacks = 0
    mon.set_events(TOOL, mon.events.PY_START)
    fib(15)
    mon.set_events(TOOL, mon.events.NO_EVENTS)
    print(f"DISABLE after first hit: {once!s:5}  callbacks: {callbacks:4}  {dict(starts)}")
    mon.restart_events()
mon.free_tool_id(TOOL)

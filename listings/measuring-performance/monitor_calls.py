import sys
from collections import Counter

mon = sys.monitoring
E = mon.events
starts: Counter[str] = Counter()     # PY_START: a Python function begins to run
calls: Counter[str] = Counter()      # CALL: a call site in Python code is about to call


def on_start(code, offset):
    starts[code.co_qualname] += 1


def on_call(code, offset, func, arg0):
    if func is not mon.set_events:           # the call that switches events off
        calls[func.__qualname__] += 1


def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def negate(x: int) -> int:
    return -x


mon.use_tool_id(mon.PROFILER_ID, "call-counter")
mon.register_callback(mon.PROFILER_ID, E.PY_START, on_start)
mon.register_callback(mon.PROFILER_ID, E.CALL, on_call)
mon.set_events(mon.PROFILER_ID, E.PY_START | E.CALL)
result = len(str(fib(10))), sorted([3, 1, 2], key=negate)
mon.set_events(mon.PROFILER_ID, E.NO_EVENTS)
mon.free_tool_id(mon.PROFILER_ID)
print("result:  ", result)
print("PY_START:", sorted(starts.items()))
print("CALL:    ", sorted(calls.items()))

import sys
from typing import Any, Callable

mon = sys.monitoring


def count_instructions(func: Callable[..., Any], *args: Any) -> int:
    """Run func(*args); return how many bytecode instructions it executed."""
    count = 0
    me = sys._getframe().f_code              # do not count this function's own steps

    def on_instruction(code: Any, offset: int) -> None:
        nonlocal count
        if code is not me:
            count += 1

    mon.use_tool_id(mon.PROFILER_ID, "instruction-counter")
    mon.register_callback(mon.PROFILER_ID, mon.events.INSTRUCTION, on_instruction)
    mon.set_events(mon.PROFILER_ID, mon.events.INSTRUCTION)
    try:
        func(*args)
    finally:
        mon.set_events(mon.PROFILER_ID, mon.events.NO_EVENTS)
        mon.free_tool_id(mon.PROFILER_ID)
    return count


def loop_sum(data: list[int]) -> int:
    total = 0
    for x in data:
        total += x
    return total


for n in [10, 100, 1000]:
    data = list(range(n))
    print(f"n={n:<5} loop_sum: {count_instructions(loop_sum, data):5}"
          f"   sum: {count_instructions(sum, data)}")

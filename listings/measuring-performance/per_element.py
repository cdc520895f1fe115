import dis
from collections import Counter
from sys import monitoring as mon
from typing import Any, Callable


def offsets_run(func: Callable[[list[int]], Any], data: list[int]) -> Counter[int]:
    """Run func(data); count how often each instruction offset of func executed."""
    seen: Counter[int] = Counter()
    mon.use_tool_id(mon.PROFILER_ID, "opcode-counter")
    mon.register_callback(mon.PROFILER_ID, mon.events.INSTRUCTION,
                          lambda code, offset: seen.update([offset]))
    mon.set_local_events(mon.PROFILER_ID, func.__code__, mon.events.INSTRUCTION)
    try:
        func(data)
    finally:
        mon.set_local_events(mon.PROFILER_ID, func.__code__, mon.events.NO_EVENTS)
        mon.free_tool_id(mon.PROFILER_ID)
    return seen


def with_append(data: list[int]) -> list[int]:
    result = []
    for x in data:
        result.append(x * 2)
    return result


def with_comprehension(data: list[int]) -> list[int]:
    return [x * 2 for x in data]


for func in (with_append, with_comprehension):
    opname = {ins.offset: ins.opname for ins in dis.get_instructions(func)}
    extra = offsets_run(func, [1, 2]) - offsets_run(func, [1])   # one more element
    names = sorted(opname[offset] for offset in extra.elements())
    print(f"{func.__name__}: {len(names)} instructions per element\n   ", names)

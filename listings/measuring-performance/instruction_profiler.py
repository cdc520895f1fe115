from collections import Counter
from sys import monitoring as mon
from typing import Any, Callable
E = mon.events  # the event flags


class InstructionProfiler:
    """cProfile's own/cumulative table, with bytecode instructions as the clock."""

    def __init__(self) -> None:
        self.now = 0                           # instructions executed so far
        self.own: Counter[str] = Counter()     # cProfile calls this tottime
        self.cum: Counter[str] = Counter()     # and this cumtime
        self.stack: list[list[Any]] = [["<root>", 0, 0]]  # [name, start, in callees]

    def _start(self, code: Any, offset: int) -> None:
        self.stack.append([code.co_qualname, self.now, 0])

    def _return(self, code: Any, offset: int, retval: Any) -> None:
        name, start, inner = self.stack.pop()
        elapsed = self.now - start
        self.own[name] += elapsed - inner
        if all(frame[0] != name for frame in self.stack):
            self.cum[name] += elapsed          # outermost call only, as cProfile
        self.stack[-1][2] += elapsed           # the caller's time in callees

    def _tick(self, code: Any, offset: int) -> None:
        self.now += 1

    def run(self, func: Callable[..., Any], *args: Any) -> Any:
        mon.use_tool_id(mon.PROFILER_ID, "instruction-profiler")
        mon.register_callback(mon.PROFILER_ID, E.PY_START, self._start)
        mon.register_callback(mon.PROFILER_ID, E.PY_RETURN, self._return)
        mon.register_callback(mon.PROFILER_ID, E.INSTRUCTION, self._tick)
        mon.set_events(mon.PROFILER_ID, E.PY_START | E.PY_RETURN | E.INSTRUCTION)
        try:
            return func(*args)
        finally:
            mon.set_events(mon.PROFILER_ID, E.NO_EVENTS)
            mon.free_tool_id(mon.PROFILER_ID)

import sys
from collections import Counter
from typing import Any, Callable


class CallProfiler:
    """A deterministic profiler built on sys.setprofile: it counts calls."""

    def __init__(self) -> None:
        self.calls: Counter[str] = Counter()      # every call
        self.primitive: Counter[str] = Counter()  # calls not made recursively
        self.stack: list[str] = []

    def _event(self, frame: Any, event: str, arg: Any) -> None:
        if event == "call":
            name = frame.f_code.co_qualname
        elif event == "c_call" and not isinstance(arg, type):
            name = arg.__qualname__                    # a built-in function
        else:
            if event in ("return", "c_return", "c_exception") and self.stack:
                self.stack.pop()
            return
        self.calls[name] += 1
        self.primitive[name] += name not in self.stack
        self.stack.append(name)

    def run(self, func: Callable[..., Any], *args: Any) -> Any:
        sys.setprofile(self._event)
        try:
            return func(*args)
        finally:
            sys.setprofile(None)
            del self.calls["setprofile"], self.primitive["setprofile"]

    def report(self) -> None:
        print(f"{'ncalls':>10}  function")
        for name, n in sorted(self.calls.items(), key=lambda kv: (-kv[1], kv[0])):
            p = self.primitive[name]
            print(f"{n if n == p else f'{n}/{p}':>10}  {name}")

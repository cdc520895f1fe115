from collections import deque
from collections.abc import Callable, Coroutine, Generator
from typing import Any


class Loop:
    """A FIFO queue of callbacks that are ready to run."""
    def __init__(self) -> None:
        self.ready: deque[tuple[Callable[..., Any], tuple]] = deque()

    def call_soon(self, fn: Callable[..., Any], *args: Any) -> None:
        self.ready.append((fn, args))

    def run_once(self) -> None:
        """Run the callbacks ready now; those they schedule wait a pass."""
        for _ in range(len(self.ready)):
            fn, args = self.ready.popleft()
            fn(*args)


def countdown(n: int) -> None:
    print(f"  countdown {n}")
    if n > 0:
        loop.call_soon(countdown, n - 1)    # runs in the next pass


loop = Loop()
loop.call_soon(countdown, 2)
loop.call_soon(print, "  hello")
passes = 0
while loop.ready:
    passes += 1
    print(f"pass {passes}:")
    loop.run_once()

from collections import deque  # hide
from collections.abc import Callable, Coroutine, Generator  # hide
from typing import Any  # hide
# hide
# hide
class Loop:  # hide
    """A FIFO queue of callbacks that are ready to run."""  # hide
    def __init__(self) -> None:  # hide
        self.ready: deque[tuple[Callable[..., Any], tuple]] = deque()  # hide
# hide
    def call_soon(self, fn: Callable[..., Any], *args: Any) -> None:  # hide
        self.ready.append((fn, args))  # hide
# hide
    def run_once(self) -> None:  # hide
        """Run the callbacks ready now; those they schedule wait a pass."""  # hide
        for _ in range(len(self.ready)):  # hide
            fn, args = self.ready.popleft()  # hide
            fn(*args)  # hide
class Future:
    """A result that is not there yet, and whom to call when it arrives."""
    def __init__(self) -> None:
        self.done, self.result = False, None
        self.callbacks: list[Callable[[Future], Any]] = []

    def set_result(self, value: Any) -> None:
        self.done, self.result = True, value
        for fn in self.callbacks:
            loop.call_soon(fn, self)

    def add_done_callback(self, fn: Callable[["Future"], Any]) -> None:
        if self.done:
            loop.call_soon(fn, self)
        else:
            self.callbacks.append(fn)

    def __await__(self) -> Generator["Future", None, Any]:
        if not self.done:
            yield self          # travels up the await chain, out of send()
        return self.result


async def reader() -> str:
    return f"reader got {await box}"


loop, box = Loop(), Future()
box.add_done_callback(lambda f: print("callback saw", f.result))
coro = reader()
print("send(None) yielded the box:", coro.send(None) is box)
box.set_result(42)
print("callbacks now ready:", len(loop.ready))
loop.run_once()
try:
    coro.send(None)
except StopIteration as stop:
    print("StopIteration.value =", repr(stop.value))

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
# hide
# hide
class Future:  # hide
    """A result that is not there yet, and whom to call when it arrives."""  # hide
    def __init__(self) -> None:  # hide
        self.done, self.result = False, None  # hide
        self.callbacks: list[Callable[[Future], Any]] = []  # hide
# hide
    def set_result(self, value: Any) -> None:  # hide
        self.done, self.result = True, value  # hide
        for fn in self.callbacks:  # hide
            loop.call_soon(fn, self)  # hide
# hide
    def add_done_callback(self, fn: Callable[["Future"], Any]) -> None:  # hide
        if self.done:  # hide
            loop.call_soon(fn, self)  # hide
        else:  # hide
            self.callbacks.append(fn)  # hide
# hide
    def __await__(self) -> Generator["Future", None, Any]:  # hide
        if not self.done:  # hide
            yield self          # travels up the await chain, out of send()  # hide
        return self.result  # hide
class Task(Future):
    """A Future for a coroutine's return value, which steps the coroutine."""
    def __init__(self, coro: Coroutine[Any, None, Any]) -> None:
        super().__init__()
        self.coro, self.name = coro, coro.__name__
        loop.call_soon(self.step)

    def step(self, _: Future | None = None) -> None:
        """Resume the coroutine until it awaits a Future or returns."""
        try:
            awaited = self.coro.send(None)
        except StopIteration as stop:
            self.set_result(stop.value)
        else:
            awaited.add_done_callback(self.step)   # park until it is done


def run(main: Coroutine[Any, None, Any]) -> Any:
    """Run passes of the loop until main's Task is done."""
    task = Task(main)
    while not task.done:
        loop.run_once()
    return task.result


async def consumer(box: Future) -> str:
    print("consumer: waiting for the box")
    return f"consumer got {await box}"


async def main() -> str:
    box = Future()
    waiter = Task(consumer(box))
    loop.call_soon(box.set_result, 42)     # a plain callback fills it
    print("main: awaiting the consumer task")
    return await waiter


loop = Loop()
print(run(main()))

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
# hide
# hide
class Task(Future):  # hide
    """A Future for a coroutine's return value, which steps the coroutine."""  # hide
    def __init__(self, coro: Coroutine[Any, None, Any]) -> None:  # hide
        super().__init__()  # hide
        self.coro, self.name = coro, coro.__name__  # hide
        loop.call_soon(self.step)  # hide
# hide
    def step(self, _: Future | None = None) -> None:  # hide
        """Resume the coroutine until it awaits a Future or returns."""  # hide
        try:  # hide
            awaited = self.coro.send(None)  # hide
        except StopIteration as stop:  # hide
            self.set_result(stop.value)  # hide
        else:  # hide
            awaited.add_done_callback(self.step)   # park until it is done  # hide
# hide
# hide
def run(main: Coroutine[Any, None, Any]) -> Any:  # hide
    """Run passes of the loop until main's Task is done."""  # hide
    task = Task(main)  # hide
    while not task.done:  # hide
        loop.run_once()  # hide
    return task.result  # hide
import heapq


class TimerLoop(Loop):
    """Adds a heap of timers and a virtual clock, counted in ticks."""
    def __init__(self) -> None:
        super().__init__()
        self.now, self.seq = 0, 0     # seq: equal deadlines run FIFO
        self.timers: list[tuple[int, int, Callable[..., Any], tuple]] = []

    def call_later(self, delay: int, fn: Callable[..., Any], *args: Any) -> None:
        heapq.heappush(self.timers, (self.now + delay, self.seq, fn, args))
        self.seq += 1

    def run_once(self) -> None:
        if not self.ready and self.timers:
            self.now = self.timers[0][0]     # nothing to do: jump ahead
        while self.timers and self.timers[0][0] <= self.now:
            _, _, fn, args = heapq.heappop(self.timers)
            self.call_soon(fn, *args)
        super().run_once()


async def sleep(delay: int) -> None:
    """Suspend the calling task for delay ticks of the virtual clock."""
    fut = Future()
    loop.call_later(delay, fut.set_result, None)
    await fut


async def worker(name: str, delay: int) -> str:
    print(f"t={loop.now}: {name} sleeps {delay}")
    await sleep(delay)
    print(f"t={loop.now}: {name} wakes")
    return name


loop = TimerLoop()
other = Task(worker("b", 1))      # a second task, beside run()'s
print(run(worker("a", 3)), other.result, "finished at t =", loop.now)

import heapq
from collections.abc import Coroutine, Generator


class sleep:
    """Awaitable: asks the scheduler to resume the task `ticks` later."""

    def __init__(self, ticks: int) -> None:
        self.ticks = ticks

    def __await__(self) -> Generator[int, int, int]:
        now = yield self.ticks          # the scheduler sends back the clock
        return now


def run(*tasks: Coroutine[object, object, str]) -> None:
    """Resume the task with the earliest wake-up time until all are done."""
    # Entries: (wake time, tie-breaker, task, value to send); send(None) starts.
    queue = [(0, seq, task, None) for seq, task in enumerate(tasks)]
    seq = len(queue)
    while queue:
        clock, _, task, value = heapq.heappop(queue)
        try:
            ticks = task.send(value)    # value becomes the result of `yield`
        except StopIteration as stop:
            print(f"t={clock}: {stop.value}")
            continue
        heapq.heappush(queue, (clock + ticks, seq, task, clock + ticks))
        seq += 1                        # equal times resume in FIFO order


async def ping(name: str, period: int, times: int) -> str:
    """Print name every `period` ticks, `times` times."""
    for _ in range(times):
        now = await sleep(period)
        print(f"t={now}: {name}")
    return f"{name} returned"


run(ping("fast", 1, 4), ping("slow", 3, 2))

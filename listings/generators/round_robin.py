from collections import deque
from collections.abc import Generator
Task = Generator[None, None, object]


class Scheduler:
    """Run tasks in turn; each runs until its next bare `yield`."""

    def __init__(self) -> None:
        self.ready: deque[tuple[str, Task]] = deque()
        self.results: dict[str, object] = {}

    def spawn(self, name: str, task: Task) -> None:
        """Queue a new task at the back of the ready queue."""
        self.ready.append((name, task))

    def run(self) -> None:
        """Loop until every task has returned."""
        while self.ready:
            name, task = self.ready.popleft()
            try:
                next(task)                       # resume until the next yield
                self.ready.append((name, task))  # then back of the line
            except StopIteration as stop:
                self.results[name] = stop.value  # the task's return value


def countdown(label: str, n: int) -> Task:
    """A task that prints n steps, yielding the CPU after each."""
    for i in range(n, 0, -1):
        print(f"{label}: {i}")
        yield
    return f"{label} finished"


sched = Scheduler()
for name, steps in (("a", 3), ("b", 1), ("c", 2)):
    sched.spawn(name, countdown(name, steps))
sched.run()
print(sched.results)

import threading

a_has_read = threading.Event()
b_has_written = threading.Event()


class Counter:
    """An int attribute whose getter and setter script one thread schedule."""

    def __init__(self) -> None:
        self._n = 0

    @property
    def n(self) -> int:
        me = threading.current_thread().name
        if me == "B":
            a_has_read.wait()        # B starts only after A has read
        value = self._n              # the read
        if me == "A":
            a_has_read.set()
            b_has_written.wait()     # A is paused between its read and its write
        return value

    @n.setter
    def n(self, value: int) -> None:
        self._n = value              # the write
        if threading.current_thread().name == "B":
            b_has_written.set()


def increment() -> None:
    counter.n += 1


counter = Counter()
threads = [threading.Thread(target=increment, name=name) for name in "AB"]
for t in threads: t.start()
for t in threads: t.join()
print("two threads ran counter.n += 1; counter.n is now", counter.n)

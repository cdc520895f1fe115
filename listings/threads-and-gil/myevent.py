import threading


class MiniEvent:
    """threading.Event's design: a flag guarded by a Condition."""

    def __init__(self) -> None:
        self._cond = threading.Condition(threading.Lock())
        self._flag = False

    def is_set(self) -> bool:
        return self._flag

    def set(self) -> None:
        with self._cond:
            self._flag = True
            self._cond.notify_all()          # wake every waiter, now and for good

    def wait(self, timeout: float | None = None) -> bool:
        with self._cond:
            if not self._flag:
                self._cond.wait(timeout)
            return self._flag                # False means "timed out"


def waiter(i: int) -> None:
    if gate.wait():
        woken.append(i)


gate, woken = MiniEvent(), []
print("wait before set:", gate.wait(timeout=0.01))
threads = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
gate.set()
for t in threads:
    t.join()
print("woken:", sorted(woken), "| wait after set:", gate.wait(timeout=0))

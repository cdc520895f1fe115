import _thread
from typing import Any, Callable


class MiniThread:
    """threading.Thread in miniature: start() runs target in a new OS thread;
    join() waits on a lock that the new thread releases when it finishes."""

    def __init__(self, target: Callable[..., Any], *args: Any) -> None:
        self._target, self._args = target, args
        self._running = _thread.allocate_lock()
        self.result: Any = None
        self.error: BaseException | None = None

    def start(self) -> None:
        self._running.acquire()              # held for as long as the thread runs
        _thread.start_new_thread(self._bootstrap, ())

    def _bootstrap(self) -> None:
        try:
            self.result = self._target(*self._args)
        except BaseException as exc:
            self.error = exc
        finally:
            self._running.release()          # another thread releases the lock

    def join(self) -> None:
        with self._running:                  # blocks until _bootstrap releases it
            pass


workers = [MiniThread(sum, range(n)) for n in (10, 100, 1000)]
workers.append(MiniThread(int, "not a number"))
for w in workers:
    w.start()
for w in workers:
    w.join()
print([w.result for w in workers])
print([type(w.error).__name__ for w in workers])

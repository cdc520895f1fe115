import _thread
import threading


class MiniRLock:
    """A re-entrant lock built from a plain lock, an owner and a depth count."""
    def __init__(self) -> None:
        self._lock = _thread.allocate_lock()
        self._owner: int | None = None
        self._count = 0

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        me = _thread.get_ident()
        if self._owner == me:                # only the owner can see its own id here
            self._count += 1
            return True
        if not self._lock.acquire(blocking, timeout):
            return False
        self._owner, self._count = me, 1
        return True

    def release(self) -> None:
        if self._owner != _thread.get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._lock.release()             # now other threads may take it


for lock in (threading.Lock(), MiniRLock(), threading.RLock()):
    lock.acquire()
    again = lock.acquire(timeout=0.05)       # the owner asks a second time
    lock.release()
    if again:
        lock.release()
    try:
        lock.release()                       # one release too many
    except RuntimeError:
        print(f"{type(lock).__name__:9} re-acquire by owner: {again!s:5}  extra release: RuntimeError")

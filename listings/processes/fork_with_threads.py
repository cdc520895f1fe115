import os
import threading
import warnings

lock = threading.Lock()
held, release = threading.Event(), threading.Event()


def holder() -> None:
    with lock:                                   # a thread holds a lock...
        held.set()
        release.wait()


t = threading.Thread(target=holder)
t.start()
held.wait()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    pid = os.fork()                              # ...at the moment we fork
if pid == 0:
    # The child has a copy of the lock, still locked, and no thread to release it.
    os._exit(0 if not lock.acquire(timeout=0.2) else 1)
_, status = os.waitpid(pid, 0)
release.set()
t.join()
print("child found the lock stuck:", os.waitstatus_to_exitcode(status) == 0)
print("warnings:", [w.category.__name__ for w in caught])
print("says multi-threaded:", any("multi-threaded" in str(w.message) for w in caught))

import _thread
import threading


class MiniCondition:
    """threading.Condition's design: a lock, plus one private lock per waiter."""

    def __init__(self) -> None:
        self.lock = _thread.allocate_lock()
        self.waiters: list = []

    def wait(self) -> None:                  # call it with self.lock held
        me = _thread.allocate_lock()
        me.acquire()
        self.waiters.append(me)
        self.lock.release()                  # give up the lock while asleep,
        me.acquire()                         # sleep until notify() releases `me`,
        self.lock.acquire()                  # and take the lock back to return

    def notify(self, n: int = 1) -> None:
        for _ in range(min(n, len(self.waiters))):
            self.waiters.pop(0).release()    # first come, first woken


def producer() -> None:
    with cond.lock:                          # possible only once main is waiting
        print("producer sees waiters:", len(cond.waiters))
        box.append("parcel")
        cond.notify()


cond, box = MiniCondition(), []
with cond.lock:
    t = threading.Thread(target=producer)
    t.start()
    while not box:                           # always re-check after waking
        cond.wait()
    print("main thread got", box.pop())
t.join()

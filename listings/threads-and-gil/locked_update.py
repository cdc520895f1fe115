import threading

lock = threading.Lock()
a_has_read = threading.Event()
b_was_refused = threading.Event()
log: list[str] = []
n = 0


def thread_a() -> None:
    global n
    with lock:
        value = n                        # read
        a_has_read.set()
        b_was_refused.wait()             # the same switch point as before
        n = value + 1                    # write
        log.append(f"A wrote {n} and releases the lock")


def thread_b() -> None:
    global n
    a_has_read.wait()
    log.append(f"B try-acquire while A is mid-update: {lock.acquire(blocking=False)}")
    b_was_refused.set()
    with lock:                           # blocks until A has written
        log.append(f"B reads {n}")
        n += 1


threads = [threading.Thread(target=thread_a), threading.Thread(target=thread_b)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(*log, sep="\n")
print("final value:", n)

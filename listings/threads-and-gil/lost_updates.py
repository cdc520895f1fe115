import threading

N = 50_000
counter = 0
lock = threading.Lock()


def unsafe() -> None:
    global counter
    for _ in range(N):
        counter += 1                     # load, add, store: three steps


def safe() -> None:
    global counter
    for _ in range(N):
        with lock:                       # the three steps become one critical section
            counter += 1


for worker in (unsafe, safe):
    counter = 0
    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"{worker.__name__:6}: {4 * N} increments, all counted: {counter == 4 * N}")

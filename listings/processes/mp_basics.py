import multiprocessing as mp
import os


def report(q: mp.Queue, n: int, parent: int) -> None:
    q.put((n, n * n, os.getppid() == parent))    # runs in the child process


def square(x: int) -> int:
    return x * x


if __name__ == "__main__":
    ctx = mp.get_context("fork")                 # explicit: see "Start methods"
    q = ctx.Queue()
    procs = [ctx.Process(target=report, args=(q, n, os.getpid())) for n in range(4)]
    for p in procs:
        p.start()
    results = sorted(q.get() for _ in procs)     # arrival order varies: sort
    for p in procs:
        p.join()                                 # join after draining the queue
    print("Process + Queue:", results)
    print("exit codes:", [p.exitcode for p in procs])

    with ctx.Pool(processes=2) as pool:
        print("Pool.map:", pool.map(square, range(8)))
        print("apply_async:", pool.apply_async(square, (12,)).get(timeout=5))

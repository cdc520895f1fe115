import multiprocessing as mp
import sys
from multiprocessing import shared_memory

# track=False (new in 3.13): no resource-tracker helper process; we unlink it ourselves.
TRACK = {"track": False} if sys.version_info >= (3, 13) else {}


def fill(name: str, start: int, stop: int) -> None:
    """Runs in a child: attach to the block by name and write into it in place."""
    shm = shared_memory.SharedMemory(name=name, **TRACK)
    for i in range(start, stop):
        shm.buf[i] = i * i % 256
    shm.close()                                  # detach; the block lives on


if __name__ == "__main__":
    ctx = mp.get_context("fork")
    shm = shared_memory.SharedMemory(create=True, size=16, **TRACK)
    try:
        procs = [ctx.Process(target=fill, args=(shm.name, k, k + 8)) for k in (0, 8)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print("parent reads:", list(shm.buf[:16]))   # written by two other processes
    finally:
        shm.close()
        shm.unlink()                             # free the block (it outlives processes)

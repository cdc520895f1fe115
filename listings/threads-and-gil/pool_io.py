import threading
import time
from concurrent.futures import ThreadPoolExecutor


def fetch(url: str, all_in_flight: threading.Barrier) -> str:
    """Pretend network call: it blocks, like a socket read, without using the CPU."""
    time.sleep(0.05)                     # blocking calls release the GIL on CPython
    all_in_flight.wait()                 # passes only when 4 calls wait at the same time
    return url.upper()


urls = ["a.example", "b.example", "c.example", "d.example"]
for workers, patience in [(4, 5.0), (3, 0.3)]:
    barrier = threading.Barrier(4, timeout=patience)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(fetch, url, barrier) for url in urls]
        outcomes = []
        for f in futures:                # results come back in submission order
            try:
                outcomes.append(f.result())
            except threading.BrokenBarrierError:
                outcomes.append("never 4 at once")
    print(f"{workers} workers:", outcomes)

import os
import pickle
from typing import Any, Callable, Iterable


class MiniPool:
    """Pool.map in miniature: fork, deal out shares, read results back in order."""

    def __init__(self, processes: int) -> None:
        self.processes = processes

    def map(self, func: Callable[[Any], Any], items: Iterable[Any]) -> list[Any]:
        numbered = list(enumerate(items))
        readers = []
        for k in range(self.processes):
            r, w = os.pipe()
            if os.fork() == 0:                           # worker k
                os.close(r)
                share = numbered[k::self.processes]      # every processes-th item
                with os.fdopen(w, "wb") as pipe:
                    pickle.dump([(i, func(x)) for i, x in share], pipe)
                os._exit(0)
            os.close(w)                                  # parent keeps the read end
            readers.append(os.fdopen(r, "rb"))
        results: list[Any] = [None] * len(numbered)
        self.worker_shares = []
        for pipe in readers:                             # each pipe: one pickle, then EOF
            with pipe:
                pairs = pickle.load(pipe)
            self.worker_shares.append(len(pairs))
            for i, value in pairs:
                results[i] = value
        for _ in readers:
            os.wait()                                    # reap every worker
        return results


pool = MiniPool(processes=3)
print(pool.map(lambda x: x * x, range(10)))    # a lambda is fine: nothing pickles it
print("items per worker:", pool.worker_shares)

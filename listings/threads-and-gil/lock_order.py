import threading

accounts = {"alice": threading.Lock(), "bob": threading.Lock()}


def transfer(src: str, dst: str, ordered: bool, step: threading.Barrier,
             results: dict[str, bool]) -> None:
    first, second = sorted([src, dst]) if ordered else (src, dst)
    with accounts[first]:
        if not ordered:
            step.wait()                  # force the bad schedule: each holds one lock
        got = accounts[second].acquire(timeout=0.2)
        results[f"{src}->{dst}"] = got
        if not ordered:
            step.wait()                  # nobody lets go before both have tried
        if got:
            accounts[second].release()


for ordered in (False, True):
    step, results = threading.Barrier(2), {}
    threads = [threading.Thread(target=transfer, args=(a, b, ordered, step, results))
               for a, b in [("alice", "bob"), ("bob", "alice")]]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    label = "one global lock order" if ordered else "each locks its source first"
    print(f"{label:28}", dict(sorted(results.items())))

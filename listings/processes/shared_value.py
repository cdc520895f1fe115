import multiprocessing as mp


def deposit(balance, done, k: int, times: int) -> None:
    for _ in range(times):
        with balance.get_lock():                 # += is read-modify-write here too
            balance.value += 1
    done[k] = times                              # each child owns one slot: no lock


if __name__ == "__main__":
    ctx = mp.get_context("fork")
    balance = ctx.Value("i", 0)                  # a C int in shared memory, with a lock
    done = ctx.Array("i", 4)                     # four C ints in shared memory
    procs = [ctx.Process(target=deposit, args=(balance, done, k, 250)) for k in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("deposits per child:", done[:])
    print("balance:", balance.value)

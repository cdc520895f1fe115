import multiprocessing as mp

counter = 0
seen: list[int] = []


def work(n: int) -> None:
    global counter
    counter += n
    seen.append(n)
    print(f"child {n}: counter={counter} seen={seen}")


if __name__ == "__main__":
    ctx = mp.get_context("fork")
    for n in (1, 2, 3):
        p = ctx.Process(target=work, args=(n,))
        p.start()
        p.join()                             # one child at a time: a fixed order
    print(f"parent: counter={counter} seen={seen}")

from collections.abc import Callable


def trial(make: Callable, n: int, edit: Callable) -> str:
    """Iterate over keys 0..n-1 of make(); call edit(m) at key 0; report."""
    m = make()
    for k in range(n):
        m[k] = None
    seen = []
    try:
        for k in m:
            seen.append(k)
            if k == 0:
                edit(m)
    except RuntimeError as exc:
        return f"saw {seen}: {exc}"
    return f"saw {seen}: no error"


def add(m) -> None:
    m[9] = None


def swap_seen(m) -> None:       # delete a key already seen, add a new one
    del m[0]
    m[9] = None


def swap_unseen(m) -> None:     # delete a key not yet seen, add a new one
    del m[2]
    m[9] = None


for n, edit in [(4, add), (4, swap_seen), (4, swap_unseen), (5, swap_seen)]:
    print(f"{n} keys, {edit.__name__:11}", trial(dict, n, edit))

import timeit

SETUP = "items = list(range(5_000)); table = set(items)"


def best_times(stmts: dict[str, str], number: int = 100, rounds: int = 5) -> dict[str, float]:
    """Best seconds per loop for each statement, measured in alternation."""
    timers = {name: timeit.Timer(stmt, SETUP)
              for name, stmt in stmts.items()}
    best = {name: float("inf") for name in stmts}
    for _ in range(rounds):                 # A, B, A, B, ...: drift hits both
        for name, timer in timers.items():
            best[name] = min(best[name], timer.timeit(number) / number)
    return best


def verdict(a: str, b: str, best: dict[str, float], margin: float = 3.0) -> str:
    """Name a winner only when it wins by more than `margin` times."""
    if best[a] * margin < best[b]:
        return f"{a} is faster"
    if best[b] * margin < best[a]:
        return f"{b} is faster"
    return "too close to call"


best = best_times({"list": "4_999 in items", "set": "4_999 in table",
                   "set again": "4_999 in table"})
print("list vs set:      ", verdict("list", "set", best))
print("set vs set again: ", verdict("set", "set again", best))
print("list 100x slower than set:", best["list"] > 100 * best["set"])

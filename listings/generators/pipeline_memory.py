"""Count how many records are alive at once: list stages against generator stages."""


class Record:
    live = 0
    peak = 0

    def __init__(self, n):
        self.n = n
        Record.live += 1
        Record.peak = max(Record.peak, Record.live)

    def __del__(self):
        Record.live -= 1


def load(n):
    for i in range(n):
        yield Record(i)


def run(label, build):
    Record.peak = 0
    result = build()
    print(f"{label:10} sum={result}  peak live records={Record.peak}")


N = 10_000
run("lists", lambda: sum([r.n * 2 for r in [Record(i) for i in range(N)]]))
run("generators", lambda: sum(r.n * 2 for r in load(N)))
print("alive afterwards:", Record.live)

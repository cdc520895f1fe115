class Countdown:
    """An iterable: every iter() call returns a fresh iterator."""

    def __init__(self, start):
        self.start = start

    def __iter__(self):
        print("  iter() -> new CountdownIterator")
        return CountdownIterator(self.start)


class CountdownIterator:
    """An iterator: __next__ produces values, __iter__ returns self."""

    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            print("  next() -> raise StopIteration")
            raise StopIteration
        self.n -= 1
        print(f"  next() -> {self.n + 1}")
        return self.n + 1


print("for x in Countdown(2): pass")
for x in Countdown(2):
    pass

print("the same loop, desugared")
_it = iter(Countdown(2))
while True:
    try:
        x = next(_it)
    except StopIteration:
        break

"""Since Python 3.13, close() returns the value the generator returns."""


def summing():
    total = 0
    try:
        while True:
            total += yield
    except GeneratorExit:
        return total            # becomes StopIteration(total) inside close()


s = summing()
next(s)
for n in (3, 4, 5):
    s.send(n)
print("close() ->", s.close())

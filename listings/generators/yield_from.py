"""yield from forwards next/send to a subgenerator and evaluates to its return value."""


def inner():
    received = yield "inner: first"
    print("  inner received", repr(received))
    yield "inner: second"
    return "inner's result"


def outer():
    result = yield from inner()
    print("  yield from evaluated to", repr(result))
    yield "outer: done"


g = outer()
print(next(g))
print(g.send("hello"))        # goes straight through outer into inner
print(next(g))
try:
    next(g)
except StopIteration as stop:
    print("outer finished, StopIteration.value =", stop.value)

"""What `result = yield from sub` does, without throw()/close() forwarding."""


def inner():
    received = yield "inner: first"
    print("  inner received", repr(received))
    yield "inner: second"
    return "inner's result"


def outer_by_hand():
    sub = inner()
    try:
        value = next(sub)                   # start the subgenerator
        while True:
            sent = yield value              # pass its value to our caller
            value = sub.send(sent)          # pass our caller's value to it
    except StopIteration as stop:
        result = stop.value                 # `return x` in sub -> StopIteration(x)
    print("  yield from evaluated to", repr(result))
    yield "outer: done"


g = outer_by_hand()
print(next(g))
print(g.send("hello"))
print(next(g))

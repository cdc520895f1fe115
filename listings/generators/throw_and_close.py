"""throw() raises at the paused yield; close() raises GeneratorExit there."""
import inspect


def guarded():
    try:
        while True:
            try:
                item = yield
                print("  got", item)
            except ValueError as exc:
                print("  handled inside:", exc)
    finally:
        print("  finally: cleanup")


g = guarded()
next(g)
g.send("a")
print("throw returns:", g.throw(ValueError("bad input")))
g.send("b")
print("close returns:", g.close())
print(inspect.getgeneratorstate(g))
g.close()                                  # closing twice is harmless
try:
    g.send("c")
except StopIteration:
    print("send after close: StopIteration")

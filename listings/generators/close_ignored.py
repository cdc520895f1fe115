"""A generator must not yield after close() has thrown GeneratorExit."""
import inspect


def stubborn():
    try:
        yield "working"
    except GeneratorExit:
        print("  caught GeneratorExit, yielding anyway")
        yield "still working"


g = stubborn()
print(next(g))
try:
    g.close()
except RuntimeError as exc:
    print("RuntimeError:", exc)
print(inspect.getgeneratorstate(g))    # still paused at the second yield
g.close()                              # this GeneratorExit is not caught
print(inspect.getgeneratorstate(g))

"""Resuming a generator from inside its own body is refused."""
import inspect


def worker():
    try:
        next(gen)                       # the frame is already executing
    except ValueError as exc:
        print("  ValueError:", exc)
    yield 1
    yield 2


gen = worker()
print("next ->", next(gen))
print(inspect.getgeneratorstate(gen))
print("next ->", next(gen, "nothing: the generator is exhausted"))

"""A generator object moves through four states."""
import inspect


def worker():
    print("  body starts; state:", inspect.getgeneratorstate(gen))
    print("  gi_running inside the body:", gen.gi_running)
    yield 1
    yield 2


gen = worker()                           # runs no code from the body
print(inspect.getgeneratorstate(gen), gen.gi_frame is not None)
print("next ->", next(gen))
print(inspect.getgeneratorstate(gen), gen.gi_frame is not None)
print("next ->", next(gen))
print("rest:", list(gen))
print(inspect.getgeneratorstate(gen), gen.gi_frame is None)

"""Our GeneratorCM and contextlib's contextmanager, put through the same cases."""
import contextlib
import functools
from typing import Callable, Iterator
# GeneratorCM from the previous listing is defined here (hidden lines).
class GeneratorCM:  # hide
    def __init__(self, gen: Iterator) -> None:  # hide
        self.gen = gen  # hide
    def __enter__(self):  # hide
        try:  # hide
            return next(self.gen)  # hide
        except StopIteration:  # hide
            raise RuntimeError("generator didn't yield") from None  # hide
    def __exit__(self, exc_type, exc, tb) -> bool:  # hide
        if exc_type is None:  # hide
            try:  # hide
                next(self.gen)  # hide
            except StopIteration:  # hide
                return False  # hide
            raise RuntimeError("generator didn't stop")  # hide
        try:  # hide
            self.gen.throw(exc)  # hide
        except StopIteration as stop:  # hide
            return stop is not exc  # hide
        except BaseException as err:  # hide
            if err is exc:  # hide
                return False  # hide
            raise  # hide
        raise RuntimeError("generator didn't stop after throw()")  # hide


def contextmanager(func: Callable[..., Iterator]) -> Callable[..., GeneratorCM]:
    """Decorator: calling func now returns a GeneratorCM around its generator."""
    @functools.wraps(func)
    def helper(*args, **kwargs) -> GeneratorCM:
        return GeneratorCM(func(*args, **kwargs))
    return helper

def make(kind):                                     # four ways to treat a KeyError
    def gen():
        try:
            yield "v"
        except KeyError:
            if kind == "swallow":
                return                              # exception is suppressed
            if kind == "convert":
                raise LookupError("converted")      # a new error replaces it
            raise                                   # re-raised unchanged
        if kind == "twice":
            yield "again"
    return gen

for decorator in (contextlib.contextmanager, contextmanager):
    results = []
    for kind in ["swallow", "convert", "reraise", "twice"]:
        try:
            with decorator(make(kind))():
                if kind != "twice":
                    raise KeyError("k")
            results.append("ok")
        except Exception as exc:
            results.append(f"{type(exc).__name__}: {exc}")
    print(decorator.__module__, results)

"""Build it: the context manager that drives a generator."""
from typing import Iterator


class GeneratorCM:
    """Runs a generator to its yield on enter, and on to its end on exit."""
    def __init__(self, gen: Iterator) -> None:
        self.gen = gen

    def __enter__(self):
        try:
            return next(self.gen)                   # run to the yield
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc_type is None:
            try:
                next(self.gen)                      # resume after the yield
            except StopIteration:
                return False                        # finished: all is well
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(exc)                     # raise it *at* the yield
        except StopIteration as stop:
            return stop is not exc                  # generator swallowed it
        except BaseException as err:
            if err is exc:                          # same exception came back:
                return False                        # let `with` re-raise it
            raise                                   # a new error replaces it
        raise RuntimeError("generator didn't stop after throw()")


def tag(name: str) -> Iterator[str]:
    print(f"<{name}>")
    yield name
    print(f"</{name}>")

with GeneratorCM(tag("h1")) as t:
    print("  body sees", repr(t))

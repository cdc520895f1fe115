"""Build it: ContextDecorator is a __call__ that wraps the call in `with`."""
import functools
from typing import Callable


class MyContextDecorator:
    """Mixin: a context manager that can also decorate a function."""

    def _recreate_cm(self) -> "MyContextDecorator":   # single-use managers
        return self                                      # return a fresh copy

    def __call__(self, func: Callable) -> Callable:
        @functools.wraps(func)
        def inner(*args, **kwargs):
            with self._recreate_cm():
                return func(*args, **kwargs)
        return inner


class suppress_and_log(MyContextDecorator):
    def __init__(self, *exceptions: type[BaseException]) -> None:
        self.exceptions = exceptions

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc_type is not None and issubclass(exc_type, self.exceptions):
            print(f"  suppressed {exc_type.__name__}: {exc}")
            return True
        return False


@suppress_and_log(KeyError)
def lookup(table: dict, key: str):
    return table[key]


print("found:", lookup({"a": 1}, "a"))
print("missing:", lookup({}, "b"))

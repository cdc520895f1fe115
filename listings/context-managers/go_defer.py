"""Go's defer, emulated: cleanups pushed during a call run LIFO at its end."""
import contextlib
import functools
from typing import Callable


def with_defer(func: Callable) -> Callable:
    """Pass the function a `defer` callable backed by an ExitStack."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        with contextlib.ExitStack() as stack:
            return func(stack.callback, *args, **kwargs)
    return wrapper


@with_defer
def copy_file(defer, src: str, dst: str) -> str:
    print(f"open {src}")
    defer(print, f"close {src}")           # arguments are evaluated now, as in Go
    print(f"open {dst}")
    defer(print, f"close {dst}")
    for i in range(3):
        defer(print, f"deferred in loop, i={i}")
    if src == dst:
        raise ValueError("same file")
    return "copied"


print(copy_file("a.txt", "b.txt"))
print("---")
try:
    copy_file("a.txt", "a.txt")
except ValueError as exc:
    print("caller sees:", exc)

"""Build it: update_wrapper and wraps in a dozen lines."""
import functools
from typing import Callable, TypeVar

F = TypeVar("F", bound=Callable)
ASSIGNED = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")


def my_update_wrapper(wrapper: F, wrapped: Callable) -> F:
    """Copy identity attributes, merge __dict__, remember the original."""
    for attr in ASSIGNED:
        try:
            setattr(wrapper, attr, getattr(wrapped, attr))
        except AttributeError:        # e.g. a callable object without __name__
            pass
    wrapper.__dict__.update(getattr(wrapped, "__dict__", {}))
    wrapper.__wrapped__ = wrapped     # set last: __dict__ may hold an old one
    return wrapper


def my_wraps(wrapped: Callable) -> Callable[[F], F]:
    """Decorator factory: my_wraps(f)(wrapper) == my_update_wrapper(wrapper, f)."""
    return functools.partial(my_update_wrapper, wrapped=wrapped)


def shout(text: str) -> str:
    """Upper-case the text."""
    return text.upper()


@my_wraps(shout)
def logged(*args, **kwargs):
    return shout(*args, **kwargs)


real = functools.wraps(shout)(lambda *a, **k: shout(*a, **k))
for attr in ASSIGNED + ("__wrapped__",):
    print(f"{attr:16} same as functools: {getattr(logged, attr) == getattr(real, attr)}")
print(logged("ok"), logged.__wrapped__ is shout)

"""Single-use, reusable and reentrant managers, tested the same way."""
import contextlib
import io
import threading


@contextlib.contextmanager
def once():
    yield


def try_twice(label, cm, nested):
    """Use cm twice: one after the other, or one inside the other."""
    try:
        if nested:
            with cm:
                with cm:
                    pass
        else:
            with cm:
                pass
            with cm:
                pass
        print(f"{label:34} ok")
    except Exception as exc:
        print(f"{label:34} {type(exc).__name__}: {exc}")


try_twice("@contextmanager object, sequential", once(), nested=False)
try_twice("ExitStack, sequential", contextlib.ExitStack(), nested=False)
try_twice("RLock, nested", threading.RLock(), nested=True)
try_twice("redirect_stdout, nested", contextlib.redirect_stdout(io.StringIO()), nested=True)

stack = contextlib.ExitStack()        # reusable, but not reentrant:
with stack:
    with stack:                       # the inner exit unwinds everything
        stack.callback(print, "  cleanup ran at the *inner* exit")
    print("  back in the outer block")

"""A decorator with arguments is a function that returns a decorator."""
import functools


def retry(times: int, exceptions: tuple = (ValueError,)):
    """Factory: called with the arguments, returns the real decorator."""
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as exc:
                    print(f"  attempt {attempt} failed: {exc}")
            raise RuntimeError(f"{func.__name__} failed {times} times")
        return wrapper
    return decorator


answers = iter(["x", "y", "42"])


@retry(times=3)                       # retry(3) runs first, then decorator(parse)
def parse() -> int:
    return int(next(answers))


print("result:", parse())
print("wrapper closes over:", sorted(parse.__code__.co_freevars))

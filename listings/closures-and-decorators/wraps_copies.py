"""What functools.wraps copies onto the wrapper, and what it adds."""
import functools
import inspect


def plain(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


def wrapped(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


def area(width: float, height: float = 1.0) -> float:
    """Area of a rectangle."""
    return width * height


area.units = "m2"                      # lands in area.__dict__

for deco in (plain, wrapped):
    f = deco(area)
    print(f"{deco.__name__:8} name={f.__name__!r} doc={f.__doc__!r}")
    print(f"{'':8} units={getattr(f, 'units', None)!r}"
          f" __wrapped__={getattr(f, '__wrapped__', None) is area}"
          f" signature={inspect.signature(f)}")
print("copies __type_params__:", "__type_params__" in functools.WRAPPER_ASSIGNMENTS)
print("updates:", functools.WRAPPER_UPDATES)

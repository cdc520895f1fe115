import builtins

original = builtins.__build_class__


def tracing_build_class(body, name, *bases, **kwargs):
    """Stand in for the helper that every class statement calls."""
    print(f"__build_class__(<{type(body).__name__} {body.__code__.co_name}>, "
          f"{name!r}, bases={[b.__name__ for b in bases]}, kwargs={kwargs})")
    cls = original(body, name, *bases, **kwargs)
    print(f"  -> {cls.__name__} created by {type(cls).__name__}")
    return cls


builtins.__build_class__ = tracing_build_class
try:
    class Point:
        x = 0

    class Point3D(Point, metaclass=type):
        z = 0
finally:
    builtins.__build_class__ = original

print(Point3D.__mro__)

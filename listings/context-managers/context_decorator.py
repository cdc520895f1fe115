"""ContextDecorator: one object, usable as `with cm:` and as `@cm`."""
import contextlib


class traced(contextlib.ContextDecorator):
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print(f"  [{self.label}] enter")

    def __exit__(self, *exc):
        print(f"  [{self.label}] exit")

with traced("block"):
    print("  inside a with block")


@traced("decorator")
def work(x):
    print(f"  work({x}) runs inside the manager")
    return x * 2

print("result:", work(21))


@contextlib.contextmanager                 # its managers are ContextDecorators too
def section(name):
    print(f"  begin {name}")
    yield
    print(f"  end {name}")


@section("report")
def report():
    print("  writing")


report()
report()                                   # works twice: a fresh generator per call

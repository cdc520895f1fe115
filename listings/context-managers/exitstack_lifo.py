"""ExitStack unwinds in LIFO order, like nested with statements."""
import contextlib


@contextlib.contextmanager
def resource(name):
    print(f"  open {name}")
    try:
        yield name
    finally:
        print(f"  close {name}")


names = ["db", "cache", "log"]
with contextlib.ExitStack() as stack:
    handles = [stack.enter_context(resource(n)) for n in names]
    stack.callback(print, "  callback registered last, runs first")
    print("  working with", handles)
print("all released")

print("pop_all hands the cleanups to a new owner:")
with contextlib.ExitStack() as stack:
    stack.enter_context(resource("socket"))
    keeper = stack.pop_all()          # this with block will not close it
print("  with block ended, socket still open")
keeper.close()

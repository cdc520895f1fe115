import sys


def gain(obj, copies=1000):
    """How much the refcount of obj rises while `copies` extra references exist."""
    before = sys.getrefcount(obj)
    hold = [obj] * copies
    after = sys.getrefcount(obj)
    del hold
    return after - before


print("ordinary object:", gain(object()))
print("None:           ", gain(None))
print("True:           ", gain(True))
print("small int 7:    ", gain(7))
print(sys.implementation.name, sys.version_info[:2])
is_immortal = getattr(sys, "_is_immortal", None)  # added in CPython 3.14
if is_immortal is not None:
    print("sys._is_immortal(None):", is_immortal(None))

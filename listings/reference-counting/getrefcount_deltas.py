import sys

x = object()
base = sys.getrefcount(x)


def delta():
    """References gained since `base` was measured."""
    return sys.getrefcount(x) - base


y = x
print("after y = x:             ", delta())
box = [x]
print("after box = [x]:         ", delta())
table = {"k": x}
print("after table = {'k': x}:  ", delta())
triple = (x, x, x)
print("after triple = (x, x, x):", delta())
del y, box
print("after del y, box:        ", delta())
table.clear()
triple = None
print("after clearing the rest: ", delta())
print("a fresh object, passed straight in:", sys.getrefcount(object()))

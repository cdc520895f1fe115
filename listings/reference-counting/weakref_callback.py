import sys
import weakref


class Image:
    def __init__(self, name):
        self.name = name


def on_death(ref):
    print("  callback: referent gone, ref() is", ref())


img = Image("cat.png")
before = sys.getrefcount(img)
r = weakref.ref(img, on_death)
print("refcount delta from weakref.ref:", sys.getrefcount(img) - before)
print("r() is img:", r() is img)
print("del img")
del img
print("r() after del:", r())
print("weakref to an int?")
try:
    weakref.ref(42)
except TypeError as exc:
    print("  TypeError:", exc)

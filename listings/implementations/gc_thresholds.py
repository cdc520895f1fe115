"""The cycle collector's settings, and a cycle it reclaims."""
import gc
import weakref

print("gc enabled:", gc.isenabled())
print("thresholds:", gc.get_threshold())


class Node:
    pass


a, b = Node(), Node()
a.other, b.other = b, a                  # a reference cycle
alive = weakref.ref(a)
del a, b
print("cycle alive before collect:", alive() is not None)
gc.collect()
print("cycle alive after collect: ", alive() is not None)

import ctypes
import gc
import weakref

api = ctypes.pythonapi
api.Py_IncRef.argtypes = [ctypes.py_object]
api.Py_DecRef.argtypes = [ctypes.c_void_p]


class Node:
    pass


def visits(obj: object) -> list[str]:
    """What obj's tp_traverse reports, by kind."""
    return sorted("itself" if r is obj else f"class {r.__name__}" if isinstance(r, type)
                  else type(r).__name__ for r in gc.get_referents(obj))


seen = Node()
seen.me = seen                             # a cycle the collector can see
unseen = Node()
unseen.me = ctypes.c_void_p(id(unseen))    # a raw pointer back to itself...
api.Py_IncRef(unseen)                      # ...that owns a reference, like a C field
print("seen visits:  ", visits(seen))
print("unseen visits:", visits(unseen), "and the pointer:", visits(unseen.me))

alive = {"seen": weakref.ref(seen), "unseen": weakref.ref(unseen)}
address = unseen.me.value
del seen, unseen
gc.collect()
print("after gc.collect():", {name: ref() is not None for name, ref in alive.items()})
api.Py_DecRef(address)                     # drop the reference no traverse reported
print("after Py_DecRef:   ", {name: ref() is not None for name, ref in alive.items()})

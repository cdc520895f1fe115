import gc
import weakref


class Node:
    pass


def orphan_cycle():
    """Make an unreachable a <-> b cycle; return a weak probe on it."""
    a, b = Node(), Node()
    a.other, b.other = b, a
    return weakref.ref(a)


gc.disable()
gc.collect()
early = orphan_cycle()
gc.freeze()                   # everything tracked so far moves to the permanent generation
print("frozen objects > 0:", gc.get_freeze_count() > 0)
late = orphan_cycle()
gc.collect()
print("cycle made before freeze() collected:", early() is None)
print("cycle made after freeze() collected: ", late() is None)
gc.unfreeze()
gc.collect()
print("after unfreeze() + collect():         ", early() is None)

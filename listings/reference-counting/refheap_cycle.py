class Obj:  # hide
    """A heap object: a name, a refcount and named outgoing references."""  # hide
    def __init__(self, name: str) -> None:  # hide
        self.name, self.refcount = name, 1  # hide
        self.fields: dict[str, Obj] = {}  # hide
# hide
# hide
class Heap:  # hide
    """Explicit reference counting; new() hands the caller one reference."""  # hide
    def __init__(self) -> None:  # hide
        self.live: dict[str, Obj] = {}  # hide
# hide
    def new(self, name: str) -> Obj:  # hide
        self.live[name] = Obj(name)  # hide
        return self.live[name]  # hide
# hide
    def incref(self, obj: Obj) -> None:  # hide
        obj.refcount += 1  # hide
# hide
    def decref(self, obj: Obj) -> None:  # hide
        obj.refcount -= 1  # hide
        if obj.refcount == 0:  # hide
            print(f"  free {obj.name}")  # hide
            del self.live[obj.name]  # hide
            for child in obj.fields.values():  # hide
                self.decref(child)  # hide
# hide
    def store(self, obj: Obj, attr: str, value: Obj) -> None:  # hide
        """obj.attr = value: incref the new value, then decref the old one."""  # hide
        self.incref(value)  # hide
        old, obj.fields[attr] = obj.fields.get(attr), value  # hide
        if old is not None:  # hide
            self.decref(old)  # hide
import gc
import weakref

heap = Heap()
a, b = heap.new("a"), heap.new("b")
heap.store(a, "peer", b)
heap.store(b, "peer", a)
heap.decref(a)                  # the program forgets a ...
heap.decref(b)                  # ... and b
print("model, still live:", {o.name: o.refcount for o in heap.live.values()})


class Node:
    pass


gc.disable()                    # refcounting only, like the model
x, y = Node(), Node()
x.peer, y.peer = y, x
probe_x, probe_y = weakref.ref(x), weakref.ref(y)
del x, y
print("real objects, still live:", probe_x() is not None, probe_y() is not None)
gc.collect()
print("after gc.collect():", probe_x() is not None, probe_y() is not None)

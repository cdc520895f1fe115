class Obj:
    """A heap object: a name, a refcount and named outgoing references."""
    def __init__(self, name: str) -> None:
        self.name, self.refcount = name, 1
        self.fields: dict[str, Obj] = {}


class Heap:
    """Explicit reference counting; new() hands the caller one reference."""
    def __init__(self) -> None:
        self.live: dict[str, Obj] = {}

    def new(self, name: str) -> Obj:
        self.live[name] = Obj(name)
        return self.live[name]

    def incref(self, obj: Obj) -> None:
        obj.refcount += 1

    def decref(self, obj: Obj) -> None:
        obj.refcount -= 1
        if obj.refcount == 0:
            print(f"  free {obj.name}")
            del self.live[obj.name]
            for child in obj.fields.values():
                self.decref(child)

    def store(self, obj: Obj, attr: str, value: Obj) -> None:
        """obj.attr = value: incref the new value, then decref the old one."""
        self.incref(value)
        old, obj.fields[attr] = obj.fields.get(attr), value
        if old is not None:
            self.decref(old)


heap = Heap()
a, b, c = heap.new("a"), heap.new("b"), heap.new("c")
heap.store(a, "next", b); heap.decref(b)   # a takes over our reference to b
heap.store(b, "next", c); heap.decref(c)   # b takes over our reference to c
heap.decref(a)                             # drop the last outside reference

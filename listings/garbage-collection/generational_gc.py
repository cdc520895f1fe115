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
# hide
def find_unreachable(  # hide
    refcount: dict[str, int], refs: dict[str, list[str]]  # hide
) -> tuple[dict[str, int], list[str]]:  # hide
    """Trial deletion over the candidate objects named in `refcount`.  # hide
# hide
    refcount maps each candidate to its true reference count; refs maps it to  # hide
    the objects it references. Returns (gc_refs, unreachable names).  # hide
    """  # hide
    gc_refs = dict(refcount)                     # 1. copy, never touch the real counts  # hide
    for obj in refcount:                         # 2. subtract references from inside  # hide
        for target in refs.get(obj, []):  # hide
            if target in gc_refs:  # hide
                gc_refs[target] -= 1  # hide
    reachable = [o for o in refcount if gc_refs[o] > 0]   # 3. held from outside  # hide
    seen = set(reachable)  # hide
    for obj in reachable:                        # 4. everything they reach lives too  # hide
        for target in refs.get(obj, []):         #    (the list grows as we walk it)  # hide
            if target in gc_refs and target not in seen:  # hide
                seen.add(target)  # hide
                reachable.append(target)  # hide
    return gc_refs, [o for o in refcount if o not in seen]  # hide
# hide
class GenHeap(Heap):
    """The refcounted Heap plus a generational, trial-deletion cycle collector."""

    def __init__(self, threshold: int) -> None:
        super().__init__()
        self.gens: list[list[Obj]] = [[], [], []]
        self.threshold, self.allocations = threshold, 0

    def new(self, name: str) -> Obj:
        obj = super().new(name)
        self.gens[0].append(obj)
        self.allocations += 1
        if self.allocations > self.threshold:      # like CPython's threshold0
            self.collect(0)
        return obj

    def collect(self, gen: int) -> None:
        """Collect generations 0..gen; move the survivors one generation up."""
        self.allocations = 0
        scan = [o for g in self.gens[:gen + 1] for o in g if o.name in self.live]
        _, dead = find_unreachable({o.name: o.refcount for o in scan},
                                   {o.name: [c.name for c in o.fields.values()] for o in scan})
        print(f"  collect({gen}): scanned {sorted(o.name for o in scan)}, freed {sorted(dead)}")
        for g in self.gens[:gen + 1]:
            g.clear()
        self.gens[min(gen + 1, 2)] += [o for o in scan if o.name not in dead]
        for name in dead:                           # like tp_clear: drop their references
            for child in self.live.pop(name).fields.values():
                if child.name not in dead:
                    self.decref(child)

heap = GenHeap(threshold=3)
root = heap.new("root")                 # the program keeps this one
for i in range(2):
    a, b = heap.new(f"a{i}"), heap.new(f"b{i}")
    heap.store(a, "peer", b); heap.store(b, "peer", a)
    heap.decref(a); heap.decref(b)      # refcounting alone would leak the pair
print("live:", sorted(heap.live), "generations:", [[o.name for o in g] for g in heap.gens])
heap.collect(2)
print("live:", sorted(heap.live), "generations:", [[o.name for o in g] for g in heap.gens])

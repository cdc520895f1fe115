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
import gc
import weakref


class Link:
    def __init__(self, next_link=None):
        self.next_link = next_link


gc.disable()
link_3 = Link()
link_2 = Link(link_3)
link_1 = Link(link_2)
link_3.next_link = link_1
A = link_1
link_4 = Link()
link_4.next_link = link_4
probes = {"link_1": weakref.ref(link_1), "link_2": weakref.ref(link_2),
          "link_3": weakref.ref(link_3), "link_4": weakref.ref(link_4)}
del link_1, link_2, link_3, link_4          # only A remains

gc.collect()
freed = sorted(name for name, probe in probes.items() if probe() is None)
refs = {"link_1": ["link_2"], "link_2": ["link_3"],
        "link_3": ["link_1"], "link_4": ["link_4"]}
_, model = find_unreachable({"link_1": 2, "link_2": 1, "link_3": 1, "link_4": 1}, refs)
print("gc.collect() freed:     ", freed)
print("model says unreachable: ", sorted(model))
print("agree:", freed == sorted(model))

def find_unreachable(
    refcount: dict[str, int], refs: dict[str, list[str]]
) -> tuple[dict[str, int], list[str]]:
    """Trial deletion over the candidate objects named in `refcount`.

    refcount maps each candidate to its true reference count; refs maps it to
    the objects it references. Returns (gc_refs, unreachable names).
    """
    gc_refs = dict(refcount)                     # 1. copy, never touch the real counts
    for obj in refcount:                         # 2. subtract references from inside
        for target in refs.get(obj, []):
            if target in gc_refs:
                gc_refs[target] -= 1
    reachable = [o for o in refcount if gc_refs[o] > 0]   # 3. held from outside
    seen = set(reachable)
    for obj in reachable:                        # 4. everything they reach lives too
        for target in refs.get(obj, []):         #    (the list grows as we walk it)
            if target in gc_refs and target not in seen:
                seen.add(target)
                reachable.append(target)
    return gc_refs, [o for o in refcount if o not in seen]


# The example from CPython's InternalDocs/garbage_collector.md:
# A -> link_1 -> link_2 -> link_3 -> link_1, and link_4 -> link_4.
refs = {"link_1": ["link_2"], "link_2": ["link_3"],
        "link_3": ["link_1"], "link_4": ["link_4"]}
refcount = {"link_1": 2, "link_2": 1, "link_3": 1, "link_4": 1}   # link_1 also held by A
gc_refs, unreachable = find_unreachable(refcount, refs)
print("gc_refs after subtracting internal references:", gc_refs)
print("unreachable:", unreachable)

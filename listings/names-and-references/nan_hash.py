class Probe(float):
    """A float that counts how often a hash table compares it with ==."""

    eq_calls = 0
    __hash__ = float.__hash__            # defining __eq__ would remove it

    def __eq__(self, other: object) -> bool:
        Probe.eq_calls += 1
        return float.__eq__(self, other)


nans = [Probe("nan") for _ in range(200)]
print("distinct hashes among 200 NaNs:", len({hash(x) for x in nans}))
print("each is its identity hash:", all(hash(x) == object.__hash__(x) for x in nans))
print("set of them:", len(set(nans)), "elements,", Probe.eq_calls, "__eq__ calls")

Probe.eq_calls = 0
ones = [Probe(1.0) for _ in range(200)]
print("set of 200 equal 1.0s:", len(set(ones)), "element,", Probe.eq_calls, "__eq__ calls")

from collections.abc import Iterator
from itertools import islice


def probe(h: int, mask: int) -> Iterator[int]:
    """Yield index-table slots in the order CPython's dict probes them."""
    perturb = h & (2**64 - 1)  # C reads the hash as an unsigned size_t
    i = perturb & mask
    while True:
        yield i
        perturb >>= 5          # PERTURB_SHIFT
        i = (i * 5 + perturb + 1) & mask


def first(h: int, n: int = 8, mask: int = 7) -> list[int]:
    """The first n slots probed for hash h in a table of mask + 1 slots."""
    return list(islice(probe(h, mask), n))


print("hash 0: ", first(0))          # the example in dictobject.c's comment
print("visits every slot:", sorted(first(0)) == list(range(8)))
for h in (32, 64, 96):               # all start at slot 0 in an 8-slot table...
    print(f"hash {h}:", first(h))    # ...but their high bits pull them apart

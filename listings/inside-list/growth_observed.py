import struct
import sys

POINTER = struct.calcsize("P")


def capacity(lst: list) -> int:
    """Slots allocated behind a list, recovered from sys.getsizeof."""
    return (sys.getsizeof(lst) - sys.getsizeof([])) // POINTER


items: list[int] = []
steps = []
last = capacity(items)
for n in range(1, 130):
    items.append(n)
    if capacity(items) != last:
        last = capacity(items)
        steps.append(f"{len(items)}->{last}")

print(sys.implementation.name, "grows at len->capacity:")
print(" ".join(steps))

"""Watch a list's capacity grow, through sys.getsizeof."""
import struct
import sys

pointer = struct.calcsize("P")            # bytes per slot: 8 on 64-bit
items: list[int] = []
empty = sys.getsizeof(items)
capacities = []
for n in range(100):
    items.append(n)
    capacity = (sys.getsizeof(items) - empty) // pointer
    if not capacities or capacity != capacities[-1]:
        capacities.append(capacity)
print("capacities seen:", capacities)

import struct
import sys

POINTER = struct.calcsize("P")  # bytes per slot: one object pointer


def capacity(lst: list) -> int:
    """Slots allocated behind a list, recovered from sys.getsizeof."""
    return (sys.getsizeof(lst) - sys.getsizeof([])) // POINTER


repeated = [0] * 5
literal = [0, 0, 0, 0, 0]
appended = []
for _ in range(5):
    appended.append(0)

print("all equal:", repeated == literal == appended)
print("capacity of [0] * 5:        ", capacity(repeated))
print("capacity of [0, 0, 0, 0, 0]:", capacity(literal))
print("capacity after 5 appends:   ", capacity(appended))

import struct
import sys

POINTER = struct.calcsize("P")


def capacity(lst: list) -> int:
    """Slots allocated behind a list, recovered from sys.getsizeof."""
    return (sys.getsizeof(lst) - sys.getsizeof([])) // POINTER


items = [0] * 100
print("start: len 100, capacity", capacity(items))
last = capacity(items)
while items:
    items.pop()
    if capacity(items) != last:
        last = capacity(items)
        print(f"after pop to len {len(items)}: capacity {last}")
print("end: len 0, capacity", capacity(items))

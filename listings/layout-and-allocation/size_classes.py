import struct
import sys

ALIGNMENT = 16 if struct.calcsize("P") > 4 else 8   # pymalloc's ALIGNMENT
THRESHOLD = 512                                     # SMALL_REQUEST_THRESHOLD


def size_class(nbytes: int) -> int | None:
    """pymalloc's size class for a request; None means it goes to malloc()."""
    if nbytes == 0 or nbytes > THRESHOLD:
        return None
    return (nbytes - 1) // ALIGNMENT


print(f"{THRESHOLD // ALIGNMENT} classes, {ALIGNMENT} bytes apart, up to {THRESHOLD}")
for obj in (3.14, 10**20, 2**300, "spam", (1, 2, 3), b"x" * 100, "x" * 600):
    n = sys.getsizeof(obj)
    idx = size_class(n)
    if idx is None:
        print(f"{type(obj).__name__:5} {n:4} bytes: too big, straight to malloc()")
    else:
        block = (idx + 1) * ALIGNMENT
        print(f"{type(obj).__name__:5} {n:4} bytes: class {idx:2}, "
              f"{block}-byte block, {block - n:2} bytes of padding")

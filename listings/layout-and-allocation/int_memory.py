import ctypes
import struct
import sys

P = struct.calcsize("P")        # ob_refcnt and ob_type come first: 2 words
DIGIT = ctypes.c_uint32         # sys.int_info.sizeof_digit == 4


def read_int(n: int) -> tuple[int, list[int]]:
    """Read lv_tag and the digits out of the memory of int object n."""
    base = id(n)                # on CPython, id() is the object's address
    tag = ctypes.c_size_t.from_address(base + 2 * P).value
    count = max(tag >> 3, 1)    # at least one digit is always allocated
    digits = (DIGIT * count).from_address(base + 3 * P)
    return tag, list(digits)[: tag >> 3]


def to_digits(n: int) -> list[int]:
    n, out = abs(n), []
    while n:
        out.append(n & (2**30 - 1))
        n >>= 30
    return out


for n in (0, 7, -7, 2**30, -(2**62), 10**20):
    tag, digits = read_int(n)
    sign = ("positive", "zero", "negative")[tag & 3]
    print(f"{n:>22}: {tag >> 3} digits, {sign:8}, same as model: {digits == to_digits(n)}")
print("getsizeof(10**20) == 3 words + 3 digits:", sys.getsizeof(10**20) == 3 * P + 3 * 4)

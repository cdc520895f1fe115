import struct
from typing import Callable
# C type name -> (struct format, bits, signed); what ctypes.c_int and friends encode.
C_TYPES = {"int": ("i", 32, True), "unsigned": ("I", 32, False), "double": ("d", 0, False)}

def to_c(value: object, ctype: str) -> bytes:
    """Convert a Python value to the bytes a C function receives, as ctypes does."""
    fmt, bits, signed = C_TYPES[ctype]
    if not isinstance(value, (int, float) if bits == 0 else int):
        raise TypeError(f"wrong type: {type(value).__name__}")
    if bits == 0:                                   # floating point
        return struct.pack(fmt, float(value))
    value &= (1 << bits) - 1                         # mask: no range check
    if signed and value >= 1 << (bits - 1):
        value -= 1 << bits                           # two's complement
    return struct.pack(fmt, value)

def from_c(raw: bytes, ctype: str) -> int | float:
    """Convert C bytes back into a Python object (restype)."""
    return struct.unpack(C_TYPES[ctype][0], raw)[0]

class ForeignFunction:
    """A function 'in C' (here a Python body) behind argtypes/restype marshalling."""

    def __init__(self, body: Callable, argtypes: list[str], restype: str) -> None:
        self.body, self.argtypes, self.restype = body, argtypes, restype

    def __call__(self, *args: object) -> int | float:
        if len(args) != len(self.argtypes):
            raise TypeError(f"expected {len(self.argtypes)} arguments, got {len(args)}")
        c_args = [from_c(to_c(a, t), t) for a, t in zip(args, self.argtypes)]
        return from_c(to_c(self.body(*c_args), self.restype), self.restype)

add = ForeignFunction(lambda a, b: a + b, ["int", "int"], "int")
print(add(2, 3), add(2**31 - 1, 1), add(2**32 + 5, 0))
try:
    add("2", 3)
except TypeError as exc:
    print("TypeError:", exc)
print(ForeignFunction(lambda x: x * 3, ["unsigned"], "unsigned")(-1))

import struct

word = struct.calcsize("P")              # bytes in a pointer: 8 on 64-bit
for t in (object, float, list):
    size = t.__basicsize__               # bytes of the fixed part of an instance
    print(f"{t.__name__:6} {size:3} bytes = {size // word} words")

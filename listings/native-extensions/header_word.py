import ctypes
import struct

WORD = struct.calcsize("P")                      # 8 on a 64-bit build


def header_words(obj: object, n: int) -> list[int]:
    """The first n machine words of obj's memory, starting where id() points."""
    return [ctypes.c_size_t.from_address(id(obj) + WORD * i).value for i in range(n)]


payload = ["a fresh list"]
before = header_words(payload, 1)[0]
extra = [payload, payload]                       # two more references
print("word 0, +2 references:", header_words(payload, 1)[0] - before)
del extra
print("word 0, after del:    ", header_words(payload, 1)[0] - before)
print("the word equal to id(list):", header_words(payload, 6).index(id(list)))

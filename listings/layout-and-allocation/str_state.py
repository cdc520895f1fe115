import ctypes
import struct
import sys

P = struct.calcsize("P")


def state(s: str) -> str:
    """Decode the state bit field of a str (default build, CPython 3.12+)."""
    # ob_refcnt, ob_type, length and hash come first: 4 words.
    word = ctypes.c_uint32.from_address(id(s) + 4 * P).value
    interned, kind = word & 3, word >> 2 & 7
    compact, ascii_, static = word >> 5 & 1, word >> 6 & 1, word >> 7 & 1
    return (f"kind={kind} ascii={ascii_} compact={compact} "
            f"interned={interned} static={static}")


for text in ("spam", "café", "€uro", "🐍py"):
    s = "".join([text, "!"])                 # a new string, built at run time
    print(f"{s!r:8} {state(s)}")

name = "".join(["my_", "key"])
print("before sys.intern:", state(name))
print("after sys.intern: ", state(sys.intern(name)))
print("a one-char string:", state("".join(["x"])))

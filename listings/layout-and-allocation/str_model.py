import struct
import sys

P = struct.calcsize("P")


def round_up(n: int, to: int) -> int:
    return -(-n // to) * to


# PyASCIIObject: ob_refcnt, ob_type, length, hash, then a 32-bit state word.
ASCII_HEADER = round_up(struct.calcsize("nPnnI"), P)
# PyCompactUnicodeObject adds utf8_length and the utf8 pointer.
COMPACT_HEADER = ASCII_HEADER + struct.calcsize("nP")


def predicted_sizeof(s: str) -> int:
    """sys.getsizeof(s) for a compact str on a default (GIL) CPython 3.12+."""
    widest = max(map(ord, s), default=0)
    kind = 1 if widest < 0x100 else 2 if widest < 0x10000 else 4
    header = ASCII_HEADER if widest < 0x80 else COMPACT_HEADER
    return header + kind * (len(s) + 1)          # +1: the terminating NUL


texts = ["", "spam", "x" * 1000, "naïve café", "Größe", "€100", "日本語テキスト",
         "emoji 🐍", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "a" * 500 + "\U0010FFFF"]
texts = ["".join(list(t)) for t in texts]        # new objects, not shared constants
hits = sum(predicted_sizeof(t) == sys.getsizeof(t) for t in texts)
print(f"headers {ASCII_HEADER}/{COMPACT_HEADER}: model right for {hits} of {len(texts)}")
for t in texts[3:6]:
    print(f"  {t!r:14} model {predicted_sizeof(t):4}  real {sys.getsizeof(t):4}")

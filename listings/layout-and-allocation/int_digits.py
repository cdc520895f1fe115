SHIFT = 30                      # PyLong_SHIFT: bits per digit
MASK = (1 << SHIFT) - 1         # PyLong_MASK
SIGN = {1: 0, 0: 1, -1: 2}      # lv_tag's low two bits: positive, zero, negative


def to_digits(n: int) -> list[int]:
    """The magnitude of n as base-2**30 digits, least significant first."""
    n, digits = abs(n), []
    while n:
        digits.append(n & MASK)
        n >>= SHIFT
    return digits


def lv_tag(n: int) -> int:
    """CPython 3.12+'s lv_tag: digit count shifted left 3, sign in bits 0-1."""
    sign = (n > 0) - (n < 0)
    return len(to_digits(n)) << 3 | SIGN[sign]


for n in (0, 1, -1, 2**30 - 1, 2**30, -(2**62), 10**20):
    digits = to_digits(n)
    back = sum(d << (SHIFT * i) for i, d in enumerate(digits))
    compact = lv_tag(n) < (2 << 3)          # _PyLong_IsCompact(): 0 or 1 digit
    print(f"{n:>22}  digits={digits}  tag={lv_tag(n):#04x}",
          f"compact={compact}  rebuilt={back == abs(n)}")

"""A tiny arbitrary-precision integer: a sign and a list of 30-bit digits."""
from __future__ import annotations

SHIFT = 30
MASK = (1 << SHIFT) - 1


def x_add(a: list[int], b: list[int]) -> list[int]:
    """Add two magnitudes digit by digit, carrying as CPython's x_add() does."""
    if len(a) < len(b):
        a, b = b, a
    out, carry = [], 0
    for i in range(len(a)):
        carry += a[i] + (b[i] if i < len(b) else 0)
        out.append(carry & MASK)   # keep the low 30 bits
        carry >>= SHIFT            # pass the rest to the next digit
    return out + [carry] if carry else out


def x_sub(a: list[int], b: list[int]) -> list[int]:
    """Subtract magnitude b from a larger-or-equal magnitude a, borrowing."""
    out, borrow = [], 0
    for i in range(len(a)):
        borrow = a[i] - (b[i] if i < len(b) else 0) - borrow
        out.append(borrow & MASK)
        borrow = (borrow >> SHIFT) & 1
    return out


def magnitude(n: BigNum) -> tuple[int, list[int]]:
    """A sort key for |n|: more digits is bigger, then compare from the top digit."""
    return len(n.digits), n.digits[::-1]


class BigNum:
    def __init__(self, sign: int, digits: list[int]) -> None:
        while digits and digits[-1] == 0:    # normalize: no leading zero digits
            digits.pop()
        self.sign, self.digits = (sign if digits else 0), digits

    @classmethod
    def from_int(cls, n: int) -> BigNum:
        m, digits = abs(n), []
        while m:
            digits.append(m & MASK)
            m >>= SHIFT
        return cls((n > 0) - (n < 0), digits)

    def to_int(self) -> int:
        return self.sign * sum(d << (SHIFT * i) for i, d in enumerate(self.digits))

    def __add__(self, other: BigNum) -> BigNum:
        if self.sign == 0 or other.sign == 0:
            return self if other.sign == 0 else other
        if self.sign == other.sign:                       # same sign: add magnitudes
            return BigNum(self.sign, x_add(self.digits, other.digits))
        big, small = (self, other) if magnitude(self) >= magnitude(other) else (other, self)
        return BigNum(big.sign, x_sub(big.digits, small.digits))   # sign of the larger

    def __neg__(self) -> BigNum:
        return BigNum(-self.sign, list(self.digits))

    def __sub__(self, other: BigNum) -> BigNum:
        return self + -other


x = BigNum.from_int(2**60 - 1)          # two full digits
y = x + BigNum.from_int(1)              # the carry ripples into a third digit
z = y - BigNum.from_int(2)              # and a borrow ripples back down
print("2**60 - 1:", x.digits)
print("    + 1  :", y.digits, y.to_int() == 2**60)
print("    - 2  :", z.digits, z.to_int() == 2**60 - 2)

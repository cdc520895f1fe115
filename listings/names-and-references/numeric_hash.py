import sys
from decimal import Decimal
from fractions import Fraction

P = sys.hash_info.modulus
print("modulus: 2 **", P.bit_length(), "- 1 on this", sys.hash_info.width, "bit build")

# An int hashes to its value modulo P, keeping the sign.
print("hash(n) == n % P:", all(hash(n) == n % P for n in (P - 1, P, 10**30, 2**100)))
print("hash(-n) == -hash(n):", hash(-(10**30)) == -hash(10**30))

# A rational m/n hashes to m times the inverse of n, modulo P.
print("hash(Fraction(1, 3)) == pow(3, -1, P):", hash(Fraction(1, 3)) == pow(3, -1, P))
print("...so 1/3 as a float differs:", hash(1 / 3) == hash(Fraction(1, 3)))
print("...but equals its exact value:", hash(1 / 3) == hash(Fraction(1 / 3)))
print("hash(Decimal('2.5')) == hash(2.5) == hash(Fraction(5, 2)):",
      hash(Decimal("2.5")) == hash(2.5) == hash(Fraction(5, 2)))
print("hash(inf) == sys.hash_info.inf:", hash(float("inf")) == sys.hash_info.inf,
      "| value:", sys.hash_info.inf)

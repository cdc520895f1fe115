import sys


class Minus1:
    def __hash__(self) -> int:
        return -1


print("hash(-1):", hash(-1), "| hash(-2):", hash(-2))
print("a __hash__ returning -1 gives:", hash(Minus1()))

modulus = sys.hash_info.modulus          # 2**61 - 1 on 64-bit builds
print("modulus is 2**61 - 1:", modulus == 2**61 - 1)
print("hash(2**61 - 1):", hash(modulus), "| hash(2**61):", hash(modulus + 1))
print("hash(0.5) == 2**60:", hash(0.5) == 2**60)   # 1/2 mod the modulus

text = "spam"
print("stable within a run:", hash(text) == hash("sp" + "am"))
print("str hashing is salted:", sys.flags.hash_randomization != 0)

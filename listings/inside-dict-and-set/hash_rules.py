import sys


class Minus1:
    def __hash__(self) -> int:
        return -1


print("hash(-1):", hash(-1), "| hash(-2):", hash(-2))
print("a __hash__ returning -1 gives:", hash(Minus1()))

P = sys.hash_info.modulus                # 2**61 - 1 on 64-bit builds, 2**31 - 1 on 32-bit
print("P is 2**61 - 1 or 2**31 - 1:", P in (2**61 - 1, 2**31 - 1))
print("hash(P):", hash(P), "| hash(P + 1):", hash(P + 1))
print("hash(0.5) == (P + 1) // 2:", hash(0.5) == (P + 1) // 2)   # 1/2 mod P

text = "spam"
print("stable within a run:", hash(text) == hash("sp" + "am"))
print("str hashing is salted:", sys.flags.hash_randomization != 0)

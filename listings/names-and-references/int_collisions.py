import sys


class Key(int):
    """An int that counts how often a hash table compares it with ==."""

    eq_calls = 0
    __hash__ = int.__hash__

    def __eq__(self, other: object) -> bool:
        Key.eq_calls += 1
        return int.__eq__(self, other)


n = 200
P = sys.hash_info.modulus
for name, values in [("0, 1, 2, ...", range(n)), ("0, P, 2P, ...", range(0, n * P, P))]:
    Key.eq_calls = 0
    keys = {Key(v) for v in values}
    print(f"{name:13} {len(keys)} keys, {len({hash(k) for k in keys}):>3} distinct hashes,",
          "__eq__ calls:", "none" if Key.eq_calls == 0 else
          "at least n(n-1)/2" if Key.eq_calls >= n * (n - 1) // 2 else Key.eq_calls)
print("str hashes are salted:", sys.flags.hash_randomization == 1)
print("int hashes are not: hash(12345) == 12345:", hash(12345) == 12345)

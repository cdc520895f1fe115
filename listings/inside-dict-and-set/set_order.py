import sys

print(sys.implementation.name)
print("set: ", {30, 3, 12, 1})
print("dict:", dict.fromkeys([30, 3, 12, 1]))
s = {30, 3, 12, 1}
print("same elements either way:", sorted(s) == [1, 3, 12, 30])
print("frozenset is hashable:", hash(frozenset(s)) == hash(frozenset([1, 3, 12, 30])))

import copy

original = [[1, 2], [3, 4]]
copies = {
    "slice [:]": original[:],
    "list()": list(original),
    "copy.copy": copy.copy(original),
    "copy.deepcopy": copy.deepcopy(original),
}

for how, dup in copies.items():
    print(f"{how:14} new outer: {dup is not original!s:5}  "
          f"shares inner: {dup[0] is original[0]}")

original[0].append(99)
print("after original[0].append(99):")
for how, dup in copies.items():
    print(f"  {how:14} {dup}")

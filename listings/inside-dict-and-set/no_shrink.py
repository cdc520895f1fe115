import sys

d = dict.fromkeys(range(1000))
full = sys.getsizeof(d)
for k in range(990):
    del d[k]
print("len:", len(d), "| as big as with 1000 keys:", sys.getsizeof(d) == full)

small = sys.getsizeof(dict.fromkeys(range(990, 1000)))  # a new 10-key dict
print("dict(d) is that small: ", sys.getsizeof(dict(d)) == small)
print("{**d} is that small:   ", sys.getsizeof({**d}) == small)
print("d.copy() is that small:", sys.getsizeof(d.copy()) == small)

shrank_at = None
for n in range(1, 2001):          # churn: add a new key, then delete it
    d[f"tmp{n}"] = None
    del d[f"tmp{n}"]
    if sys.getsizeof(d) < full:
        shrank_at = n
        break
print("churn inserts until the table shrank:", shrank_at)
d.clear()
print("after clear(), as small as {}:", sys.getsizeof(d) == sys.getsizeof({}))

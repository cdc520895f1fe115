from collections import OrderedDict

d = {"b": 1, "a": 2, "c": 3}
d["a"] = 20                  # updating a value keeps the key's place
print(list(d))
del d["b"]
d["b"] = 10                  # deleting and re-adding moves it to the end
print(list(d))
print("popitem takes the last:", d.popitem())

x, y = {"p": 1, "q": 2}, {"q": 2, "p": 1}
print("dicts ignore order in ==:", x == y)
print("OrderedDicts do not:", OrderedDict(x) == OrderedDict(y))
print("reversed:", list(reversed(x)))

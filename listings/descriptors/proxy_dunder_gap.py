"""Implicit special-method calls look on the type, so __getattr__ never sees them."""


class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
print(p.count(1), p.__len__())      # explicit lookups reach __getattr__
for label, op in (("len(p)", len), ("p[0]", lambda x: x[0]), ("iter(p)", iter)):
    try:
        op(p)
    except TypeError as exc:
        print(f"{label}: TypeError: {exc}")


class ListProxy(Proxy):
    def __len__(self):                 # special methods must live on the class
        return len(self._target)


print(len(ListProxy([3, 1, 2])))

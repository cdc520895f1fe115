"""Build it: a pure-Python super(), checked against the real one."""


class Super:
    """Emulate super(cls, obj) for instance lookups (super_getattro)."""

    def __init__(self, cls: type, obj: object) -> None:
        if not isinstance(obj, cls):
            raise TypeError("obj must be an instance of cls")
        self.cls, self.obj = cls, obj

    def __getattr__(self, name: str) -> object:
        mro = type(self.obj).__mro__
        for klass in mro[mro.index(self.cls) + 1:]:     # skip up to cls
            if name in vars(klass):
                attr = vars(klass)[name]
                get = getattr(type(attr), "__get__", None)
                return attr if get is None else get(attr, self.obj, type(self.obj))
        raise AttributeError(name)


class A:
    def who(self): return "A"
    tag = "tag of A"
class B(A):
    def who(self): return "B>" + Super(B, self).who()
class C(A):
    def who(self): return "C>" + Super(C, self).who()
    @property
    def tag(self): return "C's tag property"
class D(B, C):
    def who(self): return "D>" + Super(D, self).who()


d = D()
print(d.who())
for cls, name in ((D, "who"), (B, "who"), (B, "tag"), (C, "tag")):
    mine, real = getattr(Super(cls, d), name), getattr(super(cls, d), name)
    shown = mine() if callable(mine) else mine
    print(f"super({cls.__name__}, d).{name:3} -> {shown!r:18} same: {mine == real}")

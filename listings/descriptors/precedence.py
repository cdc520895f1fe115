"""Data descriptor > instance __dict__ > non-data descriptor > class attribute."""


class DataDesc:
    def __get__(self, obj, objtype=None):
        return "data descriptor"

    def __set__(self, obj, value):
        raise AttributeError("read-only")


class NonDataDesc:
    def __get__(self, obj, objtype=None):
        return "non-data descriptor"


class C:
    d = DataDesc()
    n = NonDataDesc()
    plain = "class attribute"


c = C()
for name in ("d", "n", "plain"):
    print(f"before: c.{name:5} -> {getattr(c, name)}")

vars(c).update(d="instance dict", n="instance dict", plain="instance dict")
for name in ("d", "n", "plain"):
    print(f"after:  c.{name:5} -> {getattr(c, name)}")

try:
    c.d = "new"                       # assignment goes to __set__ as well
except AttributeError as exc:
    print("c.d = ... -> AttributeError:", exc)

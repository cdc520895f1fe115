"""Zero-argument super() reads the __class__ cell the compiler creates."""


class Base:
    def hello(self):
        return "Base"


class Child(Base):
    def hello(self):
        return "Child > " + super().hello()     # super(__class__, self)

    def where(self):
        return __class__                         # the same cell, by name

    def plain(self):
        return "neither"


print(Child.hello.__code__.co_freevars, Child.plain.__code__.co_freevars)
print(Child.hello.__closure__[0].cell_contents is Child)
print(type("Grandchild", (Child,), {})().where().__name__)   # lexical class


def orphan(self):
    return super().hello()                       # compiled outside a class


class Other(Base):
    hello = Child.hello                          # its cell still holds Child


for label, call in (("orphan(Child())", lambda: orphan(Child())),
                    ("Other().hello()", lambda: Other().hello())):
    try:
        call()
    except (RuntimeError, TypeError) as exc:
        print(f"{label}: {type(exc).__name__}: {exc}")

"""super(cls, obj) searches type(obj).__mro__, starting after cls."""


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B"


class C(A):
    def who(self):
        return "C"


class D(B, C):
    def who(self):
        return "D"


d = D()
print("D.__mro__:", [k.__name__ for k in D.__mro__])
for start in (D, B, C):
    print(f"super({start.__name__}, d).who() -> {super(start, d).who()}")

print("super(B, B()).who() ->", super(B, B()).who())   # same class, other MRO
try:
    super(A, d).who()
except AttributeError as exc:
    print("super(A, d).who -> AttributeError:", exc)

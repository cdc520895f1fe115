"""Two hierarchies from 'The Python 2.3 Method Resolution Order'."""


def names(cls):
    return " ".join(k.__name__ for k in cls.__mro__)


class F: pass
class E: pass
class D: pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass

print("first example: ", names(A))


class B2(E, D): pass            # swap the order of B's bases
class A2(B2, C): pass

print("second example:", names(A2))
print("A.mro() == list(A.__mro__):", A.mro() == list(A.__mro__))
print("bool:", names(bool))

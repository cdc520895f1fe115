class X: pass
class Y: pass
class A(X, Y): pass             # A says: X before Y
class B(Y, X): pass             # B says: Y before X

print("A:", [k.__name__ for k in A.__mro__])
print("B:", [k.__name__ for k in B.__mro__])
class Z(A, B): pass             # no order can satisfy both

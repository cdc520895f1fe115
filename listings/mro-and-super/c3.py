def fmt(seq: list[type]) -> str:
    """Spell a list of classes the way the MRO paper does: object is O."""
    return "".join("O" if c is object else c.__name__ for c in seq)


def merge(seqs: list[list[type]], trace: bool = False) -> list[type]:
    """Repeatedly take the first head that appears in no list's tail."""
    result: list[type] = []
    while seqs := [s for s in seqs if s]:
        if trace:
            print(f"  {fmt(result):6} + merge({', '.join(map(fmt, seqs))})")
        for seq in seqs:
            head = seq[0]
            if not any(head in other[1:] for other in seqs):
                break                          # a good head
        else:
            raise TypeError(f"no good head among {[fmt(s[:1]) for s in seqs]}")
        result.append(head)
        seqs = [[c for c in s if c is not head] for s in seqs]
    return result


def c3(cls: type, trace: bool = False) -> list[type]:
    """L[C] = C + merge(L[B1], ..., L[Bn], [B1, ..., Bn])."""
    bases = list(cls.__bases__)
    return [cls] + merge([c3(b) for b in bases] + [bases], trace)


class F: pass
class E: pass
class D: pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass

print("L[A] = A + merge(L[B], L[C], BC), step by step:")
print("  =", fmt(c3(A, trace=True)))
print({cls.__name__: c3(cls) == list(cls.__mro__) for cls in (A, B, C, bool)})

import sys


def immortal(obj: object) -> bool:
    """CPython 3.12+ marks an immortal object with a huge, fixed refcount."""
    return sys.getrefcount(obj) > 1_000_000


word = "".join(["spam", "eggs"])       # built at run time: not interned yet
print("sys.intern keeps this very object:", sys.intern(word) is word)
print("interned string is immortal:", immortal(word))

before = sys.getrefcount(word)
alias = word
print("a new reference is counted:", sys.getrefcount(word) == before + 1)

from typing import Protocol, runtime_checkable


@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...


class File:                         # never mentions Closeable
    def close(self) -> None:
        print("closed")


class Door:
    close = "not even callable"    # the name is there, and that is all it checks


class Wrong:
    def close(self, force: bool, reason: str) -> int:   # wrong signature
        return 0


class Dynamic:
    def __getattr__(self, name: str) -> object:     # would answer any name...
        return lambda: None                          # ...but only when asked


for obj in (File(), Door(), Wrong(), Dynamic(), 42):
    print(type(obj).__name__, isinstance(obj, Closeable))
print(Closeable in File.__mro__)   # structural, not nominal


class Sized2(Protocol):             # not decorated with @runtime_checkable
    def __len__(self) -> int: ...

try:
    isinstance([], Sized2)
except TypeError:
    print("isinstance on a plain Protocol -> TypeError")

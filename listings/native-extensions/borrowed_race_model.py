from typing import Iterator


class Obj:
    """A refcounted object in a toy heap: freed the moment its count hits 0."""

    def __init__(self, name: str) -> None:
        self.name, self.refcnt, self.freed = name, 1, False

    def decref(self) -> None:
        self.refcnt -= 1
        self.freed = self.refcnt == 0


def fetch(lst: list[Obj], how: str) -> Iterator[Obj]:
    """Get lst[0] the way a C API call does; at the yield another thread may run."""
    item = lst[0]
    if how == "PyList_GetItemRef":              # fetch and incref in one step
        item.refcnt += 1
    yield item
    if how == "PyList_GetItem + Py_INCREF":     # incref only after the gap
        item.refcnt += 1


def race(how: str) -> str:
    """A reader fetches lst[0], a writer replaces it, then the reader uses the item."""
    lst = [Obj("old")]                          # the list owns the only reference
    reader = fetch(lst, how)
    item = next(reader)                         # reader thread: the fetch
    old, lst[0] = lst[0], Obj("new")            # writer thread: lst[0] = new,
    old.decref()                                # dropping the list's reference
    next(reader, None)                          # reader thread: finish the call
    return f"uses {item.name}: {'freed memory!' if item.freed else 'alive'}"


for how in ["PyList_GetItem", "PyList_GetItem + Py_INCREF", "PyList_GetItemRef"]:
    print(f"{how:27} {race(how)}")

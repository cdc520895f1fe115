import sys


class Plain:
    def __init__(self, x: int, y: int) -> None:
        self.x, self.y = x, y


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x: int, y: int) -> None:
        self.x, self.y = x, y


def footprint(obj: object) -> int:
    """Bytes for the object itself plus its attribute dict, if it has one."""
    size = sys.getsizeof(obj)
    if hasattr(obj, "__dict__"):
        size += sys.getsizeof(obj.__dict__)
    return size


plain, slotted = footprint(Plain(1, 2)), footprint(Slotted(1, 2))
print("plain:", plain, "bytes; slotted:", slotted, "bytes")
print("slotted is smaller:", slotted < plain)
print(f"a million points save about {(plain - slotted) * 10**6 / 2**20:.0f} MiB")

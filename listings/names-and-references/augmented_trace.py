class Box:
    """A container that logs how it is subscripted."""

    def __init__(self, value: list) -> None:
        self.value = value

    def __getitem__(self, key):
        print(f"  __getitem__({key!r})")
        return self.value

    def __setitem__(self, key, new) -> None:
        print(f"  __setitem__({key!r}, same object back: {new is self.value})")
        self.value = new


class Loud(list):
    """A list whose in-place add announces itself."""

    def __iadd__(self, other):
        print(f"  __iadd__({other!r})")
        return super().__iadd__(other)


box = Box(Loud([1]))
print("box[0] += [2]")
box[0] += [2]
print("result:", box.value)

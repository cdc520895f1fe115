class GrowableArray:
    """An append-only array over fixed-size storage, resized like CPython's list."""

    def __init__(self) -> None:
        self._slots: list[object] = []  # fixed-size storage, like a C array
        self._size = 0
        self.copies = 0                 # elements copied by resizes
        self.log: list[tuple[int, int]] = []  # (length needed, capacity chosen)

    def _resize(self, newsize: int) -> None:
        """Make room for newsize items, as list_resize() does."""
        allocated = len(self._slots)
        if allocated >= newsize >= allocated >> 1:
            return                      # it fits and is at least half used
        new = (newsize + (newsize >> 3) + 6) & ~3 if newsize else 0
        if newsize - self._size > new - newsize:
            new = (newsize + 3) & ~3
        keep = min(self._size, newsize)
        self._slots = self._slots[:keep] + [None] * (new - keep)
        self.copies += keep
        self.log.append((newsize, new))

    def __len__(self) -> int:
        return self._size

    def append(self, x: object) -> None:
        """Store x after the last item, resizing first if the storage is full."""
        self._resize(self._size + 1)
        self._slots[self._size] = x
        self._size += 1


arr = GrowableArray()
for n in range(100):
    arr.append(n)
print("resized at len:", [need for need, _ in arr.log])
print("capacities:    ", [cap for _, cap in arr.log])
print("elements copied:", arr.copies)

def new_allocated(newsize: int, oldsize: int) -> int:
    """Capacity chosen by list_resize() in CPython 3.9-3.14 (listobject.c)."""
    if newsize == 0:
        return 0
    allocated = (newsize + (newsize >> 3) + 6) & ~3  # +12.5%, +6, round to 4
    if newsize - oldsize > allocated - newsize:       # a big jump, e.g. extend():
        allocated = (newsize + 3) & ~3                # no headroom beyond rounding
    return allocated


capacity, pattern = 0, [0]
for size in range(1, 130):          # append one item at a time
    if size > capacity:
        capacity = new_allocated(size, size - 1)
        pattern.append(capacity)
print("append pattern:", pattern)

print("extend a 1-item list by 100:", new_allocated(101, 1))
big = new_allocated(1_000_001, 1_000_000)
print("headroom at a million items:", f"{big / 1_000_001 - 1:.1%}")

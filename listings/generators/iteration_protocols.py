"""Iterables, iterators, the old sequence protocol and iter(callable, sentinel)."""


class Squares:
    """No __iter__ at all: iter() falls back to __getitem__(0), (1), ..."""

    def __getitem__(self, index):
        if index >= 4:
            raise IndexError(index)      # IndexError ends the iteration
        return index * index


print(list(Squares()), 9 in Squares())

numbers = [10, 20, 30]
print("iter(list) is iter(list):", iter(numbers) is iter(numbers))
it = iter(numbers)
print("iter(it) is it:", iter(it) is it)
print("two passes over the list:", list(numbers), list(numbers))
print("two passes over one iterator:", list(it), list(it))

readings = iter([3, 1, 4, 0, 5, 9])
# Call the function until it returns the sentinel 0.
print(list(iter(lambda: next(readings), 0)))
print("left after the sentinel:", list(readings))

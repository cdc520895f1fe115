data = [3, 1, 2]
seen = []


def peek(x: int) -> int:
    """A key function that looks at the list being sorted."""
    seen.append(list(data))
    return x


data.sort(key=peek)
print("the list, seen from the key function:", seen)
print("after the sort:", data)


def meddle(x: int) -> int:
    """A key function that appends to the list being sorted."""
    data.append(x * 10)
    return x


data = [3, 1, 2]
try:
    data.sort(key=meddle)
except ValueError as exc:
    print("ValueError:", exc)
print("after the failed sort:", data)

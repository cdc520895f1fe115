def make_default(label: str) -> list:
    """Announce when a default value is built."""
    print(f"  building the default for {label}")
    return []


print("defining f")
def f(items=make_default("f")):        # runs now, at definition time
    return items
print("calling f twice")
print("same object both times:", f() is f())


def g(item, items=None):
    """The idiom: a sentinel default, and a fresh list on every call."""
    if items is None:
        items = []
    items.append(item)
    return items


print("g(1), g(2):", g(1), g(2))


def h(*, items=[]):                    # keyword-only defaults live elsewhere
    return items


print("h.__defaults__:", h.__defaults__, "h.__kwdefaults__:", h.__kwdefaults__)

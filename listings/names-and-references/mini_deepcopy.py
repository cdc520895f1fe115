import copy

ATOMIC = (int, float, complex, str, bytes, type(None))


def deep_copy(obj: object, memo: dict[int, object] | None = None) -> object:
    """Deep-copy lists, dicts and tuples, keeping shared parts and cycles.

    memo maps id(original) -> copy; a container enters it before its items."""
    memo = {} if memo is None else memo
    if isinstance(obj, ATOMIC):
        return obj                              # immutable leaf: share it
    if id(obj) in memo:
        return memo[id(obj)]                    # seen before: reuse the copy
    if isinstance(obj, list):
        memo[id(obj)] = new = []
        new.extend(deep_copy(item, memo) for item in obj)
        return new
    if isinstance(obj, dict):
        memo[id(obj)] = new = {}
        for key, value in obj.items():
            new[deep_copy(key, memo)] = deep_copy(value, memo)
        return new
    if isinstance(obj, tuple):
        items = tuple(deep_copy(item, memo) for item in obj)
        if all(a is b for a, b in zip(items, obj)):
            return obj                          # nothing inside changed
        return memo.setdefault(id(obj), items)  # a cycle may have made one
    raise TypeError(f"deep_copy does not handle {type(obj).__name__}")


row = [1, 2]
data = {"rows": [row, row], "pinned": (1, "a")}
data["me"] = data
for name, fn in [("deep_copy", deep_copy), ("copy.deepcopy", copy.deepcopy)]:
    d = fn(data)
    rows, pinned = d["rows"], d["pinned"]
    print(f"{name:13} cycle kept: {d['me'] is d}, row shared: {rows[0] is rows[1]},",
          f"row copied: {rows[0] is not row}, tuple reused: {pinned is data['pinned']}")

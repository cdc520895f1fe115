import gc


class Node:
    """An ordinary class: a heap type whose instances the collector tracks."""


def visits(obj: object) -> list[str]:
    """What obj's tp_traverse reports, as gc.get_referents returns it, sorted."""
    return sorted(o.__name__ if isinstance(o, type) else repr(o)
                  for o in gc.get_referents(obj))


node = Node()
node.label, node.items = "n", ()
code = compile("x = ('const', 1.5)", "<demo>", "exec")
for name, obj in [("int", 42), ("str", "text"), ("list", [1, "a"]),
                  ("dict, str keys", {"k": []}), ("dict, int keys", {1: []}),
                  ("Node instance", node), ("code object", code)]:
    print(f"{name:15} tracked={gc.is_tracked(obj)!s:5} visits {visits(obj)}")

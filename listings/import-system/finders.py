"""Which finder answers for which module, and what the spec says."""
import importlib.util
import os
import sys


def label(obj: object) -> str:
    """A class's name, or the name of an instance's class."""
    return getattr(obj, "__name__", type(obj).__name__)


print("meta_path: ", [label(f) for f in sys.meta_path])
print("path_hooks:", [label(h) for h in sys.path_hooks])
print()
for name in ["sys", "json", "json.decoder"]:
    spec = importlib.util.find_spec(name)
    origin = spec.origin
    if origin and os.path.isabs(origin):
        origin = ".../" + os.path.basename(origin)
    print(f"{name:12} loader={label(spec.loader)}")
    print(f"{'':12} origin={origin} parent={spec.parent!r}"
          f" package={spec.submodule_search_locations is not None}")

"""The import statement, one step at a time, with importlib's pieces."""
import importlib.util
import pathlib
import sys
import types

sys.dont_write_bytecode = True  # hide
sys.path.insert(0, ".")
pathlib.Path("colors.py").write_text("RED = (255, 0, 0)\n")


def import_by_hand(name: str) -> types.ModuleType:
    """Find, create, register, execute: the core of importlib._bootstrap."""
    if name in sys.modules:                            # 1. the cache
        return sys.modules[name]
    spec = importlib.util.find_spec(name)              # 2. ask the finders
    if spec is None:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)
    module = importlib.util.module_from_spec(spec)     # 3. create, set dunders
    sys.modules[name] = module                         # 4. register *first*
    try:
        spec.loader.exec_module(module)                # 5. run the body
    except BaseException:
        del sys.modules[name]                          # failed: forget it
        raise
    return sys.modules[name]


colors = import_by_hand("colors")
print(colors.RED, colors.__name__, pathlib.Path(colors.__file__).name)
print("spec kept on module:", colors.__spec__.name, type(colors.__loader__).__name__)
print("import statement agrees:", __import__("colors") is colors)

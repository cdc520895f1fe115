"""LazyLoader: the module object exists now, its body runs on first use."""
import importlib.util
import pathlib
import sys
import types

sys.dont_write_bytecode = True  # hide
sys.path.insert(0, ".")
pathlib.Path("heavy.py").write_text(
    "print('  heavy.py body runs')\n"
    "ANSWER = 42\n")


def lazy_import(name: str) -> types.ModuleType:
    """The recipe from the importlib docs: wrap the real loader."""
    spec = importlib.util.find_spec(name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)          # does not run the body yet
    return module


heavy = lazy_import("heavy")
print("imported; class is", type(heavy).__name__)
print("touching an attribute...")
print("ANSWER =", heavy.ANSWER)
print("class now", type(heavy).__name__, "| same object:", sys.modules["heavy"] is heavy)

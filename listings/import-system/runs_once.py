"""A module body runs once: later imports are dictionary look-ups."""
import importlib
import pathlib
import sys

sys.dont_write_bytecode = True  # hide
sys.path.insert(0, ".")
pathlib.Path("settings.py").write_text(
    'print("  running the body of settings.py")\n'
    "loads = 0\n"
)

print("first import:")
import settings
settings.loads += 1

print("second import:")
import settings
again = importlib.import_module("settings")
again.loads += 1

print("same object:", again is settings, "| loads =", settings.loads)
print("it lives in sys.modules:", sys.modules["settings"] is settings)

print("evict it and import again:")
del sys.modules["settings"]
fresh = importlib.import_module("settings")
print("new object:", fresh is not settings, "| loads =", fresh.loads)
print("the old one survives:", settings.loads)

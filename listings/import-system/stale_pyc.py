import importlib
import os
import sys

sys.path.insert(0, ".")              # the working directory holds our module
sys.dont_write_bytecode = False      # the book runs CPython with PYTHONDONTWRITEBYTECODE=1


def edit(text: str) -> None:
    """Rewrite limits.py, then set its mtime back to a fixed second."""
    with open("limits.py", "w") as f:
        f.write(text)
    os.utime("limits.py", (1_700_000_000, 1_700_000_000))


def fresh_import() -> int:
    sys.modules.pop("limits", None)  # force a cache miss in sys.modules
    return importlib.import_module("limits").MAX


edit("MAX = 10\n")
print("first import:            ", fresh_import())
edit("MAX = 99\n")                   # same size, same mtime
print("edited, same size:       ", fresh_import())
edit("MAX = 100\n")                  # one byte longer
print("edited, one byte longer: ", fresh_import())
tag = sys.implementation.cache_tag
print("cache:", [n.replace(tag, "TAG") for n in os.listdir("__pycache__")])

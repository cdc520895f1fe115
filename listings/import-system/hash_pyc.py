import importlib
import importlib.util
import os
import py_compile
import sys

sys.path.insert(0, ".")
Mode = py_compile.PycInvalidationMode


def edit(name: str, text: str) -> None:
    """Write a module, always with the same mtime."""
    with open(name + ".py", "w") as f:
        f.write(text)
    os.utime(name + ".py", (1_700_000_000, 1_700_000_000))


for name, mode in [("checked", Mode.CHECKED_HASH), ("unchecked", Mode.UNCHECKED_HASH)]:
    edit(name, "MAX = 10\n")
    pyc = py_compile.compile(name + ".py", invalidation_mode=mode)
    with open(pyc, "rb") as f:
        header = f.read(16)
    with open(name + ".py", "rb") as f:
        source = f.read()
    flags = int.from_bytes(header[4:8], "little")
    print(f"{name:9} flags={flags:02b}", "hash field == source_hash:",
          header[8:16] == importlib.util.source_hash(source))
    edit(name, "MAX = 99\n")                      # same size, same mtime
    print(f"{name:9} after the edit:", importlib.import_module(name).MAX)

os.environ["SOURCE_DATE_EPOCH"] = "1700000000"    # what reproducible builds set
pyc = py_compile.compile("checked.py")            # no invalidation_mode given
with open(pyc, "rb") as f:
    print("default mode under SOURCE_DATE_EPOCH: flags =", f.read(8)[4])

import os
import sys

sys.path.insert(0, ".")
for name in ("a", "b", "c"):
    with open(f"{name}.py", "w") as f:
        f.write("X = 1\n")


def pycs() -> list[str]:
    """Every .pyc under the working directory, with the varying parts named."""
    found = []
    for folder, _, files in os.walk("."):
        found += [os.path.join(folder, n) for n in files if n.endswith(".pyc")]
    here, tag = os.getcwd().lstrip("/"), sys.implementation.cache_tag
    return sorted(p.replace(here, "CWD").replace(tag, "TAG") for p in found)


sys.dont_write_bytecode = True       # what -B and PYTHONDONTWRITEBYTECODE=1 set
import a
print("dont_write_bytecode:", pycs())
sys.dont_write_bytecode = False
import b
print("default:            ", pycs())
sys.pycache_prefix = os.path.abspath("cache")   # -X pycache_prefix, PYTHONPYCACHEPREFIX
import c
print("pycache_prefix:     ", pycs())
print("c.__cached__ follows:", c.__cached__.startswith(sys.pycache_prefix))

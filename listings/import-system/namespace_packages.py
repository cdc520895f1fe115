"""Two directories, one package: a PEP 420 namespace package."""
import importlib
import os
import pathlib
import sys

sys.dont_write_bytecode = True  # hide
for vendor, module in [("vendor_a", "alpha"), ("vendor_b", "beta")]:
    portion = pathlib.Path(vendor, "acme")      # no __init__.py anywhere
    portion.mkdir(parents=True)
    (portion / f"{module}.py").write_text(f"NAME = {module!r}\n")
    sys.path.append(vendor)

import acme.alpha
import acme.beta

print("alpha, beta:", acme.alpha.NAME, acme.beta.NAME)
print("__file__:", getattr(acme, "__file__", "<missing>"), "| origin:", acme.__spec__.origin)
print("__path__ type:", type(acme.__path__).__name__)
print("portions:", [os.path.relpath(p) for p in acme.__path__])

pathlib.Path("vendor_c", "acme").mkdir(parents=True)
pathlib.Path("vendor_c", "acme", "gamma.py").write_text("NAME = 'gamma'\n")
sys.path.append("vendor_c")                    # a portion added later
importlib.invalidate_caches()
import acme.gamma
print("after sys.path grew:", [os.path.relpath(p) for p in acme.__path__])

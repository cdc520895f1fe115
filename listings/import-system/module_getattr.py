"""PEP 562: a module-level __getattr__ for deprecations and lazy names."""
import pathlib
import sys
import warnings

sys.dont_write_bytecode = True  # hide
sys.path.insert(0, ".")
pathlib.Path("units.py").write_text('''
METRE = 1.0
_RENAMED = {"metre_len": "METRE"}

def __getattr__(name):
    print(f"  units.__getattr__({name!r})")
    if name in _RENAMED:
        import warnings
        warnings.warn(f"{name} is deprecated", DeprecationWarning, 2)
        return globals()[_RENAMED[name]]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

def __dir__():
    return ["METRE"]

def inside():
    return metre_len          # a global lookup: __getattr__ is not consulted
''')

import units

print("normal hit:", units.METRE)                 # no hook call
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    from units import metre_len                   # the hook runs here too
print("old name:", metre_len, "|", caught[0].category.__name__, caught[0].message)
print("dir():", dir(units))
try:
    units.inside()
except NameError as exc:
    print("NameError:", exc)

"""A regular package later on sys.path beats a namespace portion earlier."""
import os
import pathlib
import sys

sys.dont_write_bytecode = True  # hide
pathlib.Path("early", "kit").mkdir(parents=True)          # no __init__.py
pathlib.Path("late", "kit").mkdir(parents=True)
pathlib.Path("late", "kit", "__init__.py").write_text("KIND = 'regular'\n")
sys.path[:0] = ["early", "late"]                          # early comes first

import kit

print("kind:", getattr(kit, "KIND", "namespace"))
print("__path__:", [os.path.relpath(p) for p in kit.__path__])
print("__file__:", os.path.relpath(kit.__file__))

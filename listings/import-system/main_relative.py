import os
import runpy
import sys

os.makedirs("app", exist_ok=True)
open("app/__init__.py", "w").close()
with open("app/util.py", "w") as f:
    f.write("GREETING = 'hello from app.util'\n")
with open("app/main.py", "w") as f:
    f.write("print(f'  __name__={__name__!r} __package__={__package__!r}',\n"
            "      f'__spec__.name={__spec__ and __spec__.name!r}')\n"
            "from .util import GREETING\n"
            "print('  ' + GREETING)\n")
sys.path.insert(0, ".")

print("as a module, like `python -m app.main`:")
runpy.run_module("app.main", run_name="__main__")

print("as a file, like `python app/main.py`:")
try:
    runpy.run_path("app/main.py", run_name="__main__")
except ImportError as e:
    print("  ImportError:", e)

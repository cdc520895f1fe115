"""Build it: plugins found through a namespace package and registered on import."""
import importlib
import pathlib
import pkgutil
import sys
from typing import Callable

sys.dont_write_bytecode = True  # hide
PLUGINS = {  # two "distributions", each shipping one portion of textfx_plugins
    "dist_one/textfx_plugins/upper.py": "@register('upper')\ndef run(s): return s.upper()\n",
    "dist_two/textfx_plugins/reverse.py": "@register('reverse')\ndef run(s): return s[::-1]\n",
    "dist_two/textfx_plugins/broken.py": "import no_such_dependency\n",
}
for path, source in PLUGINS.items():
    file = pathlib.Path(path)
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text("from textfx import register\n" + source)
pathlib.Path("textfx.py").write_text(            # the host's tiny plugin API
    "REGISTRY = {}\n"
    "def register(name):\n"
    "    return lambda func: REGISTRY.setdefault(name, func)\n")
sys.path[:0] = [".", "dist_one", "dist_two"]


def load_plugins(namespace: str) -> dict[str, Callable[[str], str]]:
    """Import every module in a namespace package; each registers itself."""
    import textfx
    package = importlib.import_module(namespace)
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        try:
            importlib.import_module(f"{namespace}.{info.name}")
        except ImportError as exc:                 # one bad plugin is not fatal
            print(f"skipped {info.name}: {type(exc).__name__}")
    return textfx.REGISTRY


registry = load_plugins("textfx_plugins")
print("loaded:", sorted(registry))
print({name: fn("import") for name, fn in sorted(registry.items())})

"""Build it: a meta-path finder and loader that serve modules from a dict."""
import importlib.abc
import importlib.machinery
import sys
import types

SOURCES: dict[str, str] = {
    "greet": "def hello(who):\n    return f'hello, {who}'\n",
    "tools": "print('  tools/__init__ runs')\n",
    "tools.double": "def double(x):\n    return 2 * x\n",
}
PACKAGES = {"tools"}                     # packages get a __path__


class DictLoader(importlib.abc.Loader):
    """Executes a module's source, taken from SOURCES, in its namespace."""
    def create_module(self, spec: importlib.machinery.ModuleSpec) -> None:
        return None                      # None: use the default module type

    def exec_module(self, module: types.ModuleType) -> None:
        code = compile(SOURCES[module.__name__], module.__spec__.origin, "exec")
        exec(code, module.__dict__)


class DictFinder(importlib.abc.MetaPathFinder):
    """Answers find_spec() for the names in SOURCES, and None otherwise."""
    def find_spec(self, fullname, path, target=None):
        if fullname not in SOURCES:
            return None                  # let the next finder try
        print(f"  find_spec({fullname!r}, path={path!r})")
        return importlib.machinery.ModuleSpec(fullname, DictLoader(),
            origin=f"<dict:{fullname}>", is_package=fullname in PACKAGES)


sys.meta_path.append(DictFinder())       # consulted after the built-in finders
import greet
from tools.double import double
print(greet.hello("loader"), double(21), greet.__spec__.origin)
print("tools is a package:", sys.modules["tools"].__path__ == [])

"""Can this interpreter import compiled extension modules?"""
import importlib.machinery
import importlib.util
import sys

suffixes = importlib.machinery.EXTENSION_SUFFIXES
print("extension suffixes:", len(suffixes))
print("can import C extensions:", bool(suffixes))
print("'_ctypes' available:", "_ctypes" in sys.builtin_module_names
      or importlib.util.find_spec("_ctypes") is not None)

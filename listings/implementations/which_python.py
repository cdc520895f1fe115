"""Ask the running interpreter what it is."""
import platform
import sys

print("sys.implementation.name:", sys.implementation.name)
print("platform.python_implementation():", platform.python_implementation())
print("language version (sys.version_info):", sys.version_info[:4])
print("implementation version:", sys.implementation.version[:4])
print("bytecode cache tag:", sys.implementation.cache_tag)

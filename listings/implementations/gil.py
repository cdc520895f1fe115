"""Does this interpreter have a global interpreter lock right now?"""
import sys
import sysconfig

is_gil_enabled = getattr(sys, "_is_gil_enabled", None)
if is_gil_enabled is None:                   # before CPython 3.13
    print("sys._is_gil_enabled: missing, so the GIL is on")
else:
    print("sys._is_gil_enabled():", is_gil_enabled())
print("free-threaded build flag (Py_GIL_DISABLED):",
      sysconfig.get_config_var("Py_GIL_DISABLED"))

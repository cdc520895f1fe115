import sys
import sysconfig

# sys._is_gil_enabled() is new in CPython 3.13; older versions always have a GIL.
gil_enabled = getattr(sys, "_is_gil_enabled", lambda: True)()
print("implementation:     ", sys.implementation.name)
print("GIL enabled now:    ", gil_enabled)
print("free-threaded build:", bool(sysconfig.get_config_var("Py_GIL_DISABLED")))
print("switch interval:    ", sys.getswitchinterval(), "seconds")

import ctypes
import sys

api = ctypes.pythonapi
api.Py_IncRef.argtypes = [ctypes.py_object]
# int PyList_SetItem(PyObject *list, Py_ssize_t i, PyObject *item): steals item
api.PyList_SetItem.argtypes = [ctypes.py_object, ctypes.c_ssize_t, ctypes.py_object]

old, new = object(), object()
box = [old]                            # box holds old
spare = [old, new] * 5                 # spare references: nothing can die here
start = {"old": sys.getrefcount(old), "new": sys.getrefcount(new)}


def changes() -> str:
    """Each object's count, relative to the start."""
    return (f"old {sys.getrefcount(old) - start['old']:+d}, "
            f"new {sys.getrefcount(new) - start['new']:+d}")


api.Py_IncRef(new)                     # a reference for PyList_SetItem to steal
api.PyList_SetItem(box, 0, new)        # box[0] = new, done in C
print("box[0] = new, after Py_IncRef:", changes())
api.PyList_SetItem(box, 0, old)        # box[0] = old, with no Py_IncRef first
print("box[0] = old, no Py_IncRef:   ", changes())
api.Py_IncRef(old)                     # repay the reference the list took from us
print("after repaying:               ", changes())

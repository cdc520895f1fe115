import ctypes
import sys

api = ctypes.pythonapi
sys.unraisablehook = lambda u: print("  unraisablehook got", type(u.exc_value).__name__)


class BadKey:
    def __hash__(self) -> int:
        raise RuntimeError("__hash__ failed")


# PyObject *PyDict_GetItem(PyObject *p, PyObject *key): borrowed, errors cleared
api.PyDict_GetItem.argtypes = [ctypes.py_object, ctypes.py_object]
api.PyDict_GetItem.restype = ctypes.c_void_p
print("PyDict_GetItem(d, BadKey()) ->", api.PyDict_GetItem({}, BadKey()))

if not hasattr(api, "PyList_GetItemRef"):      # both symbols exist from 3.13
    print("PyList_GetItemRef, PyDict_GetItemRef: not in", sys.version[:4])
else:
    # int PyDict_GetItemRef(PyObject *p, PyObject *key, PyObject **result)
    api.PyDict_GetItemRef.argtypes = [ctypes.py_object, ctypes.py_object,
                                      ctypes.POINTER(ctypes.py_object)]
    try:
        api.PyDict_GetItemRef({}, BadKey(), ctypes.byref(ctypes.py_object()))
    except RuntimeError:
        print("PyDict_GetItemRef(d, BadKey()) raised RuntimeError")
    # PyObject *PyList_GetItemRef(PyObject *list, Py_ssize_t i): a new reference
    api.PyList_GetItemRef.argtypes = [ctypes.py_object, ctypes.c_ssize_t]
    api.PyList_GetItemRef.restype = ctypes.py_object   # so ctypes may own it
    item = object()
    box, before = [item], sys.getrefcount(item)
    for _ in range(3):
        api.PyList_GetItemRef(box, 0)
    print(f"PyList_GetItemRef x3, restype=py_object: {sys.getrefcount(item) - before:+d}")

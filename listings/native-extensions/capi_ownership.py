import ctypes
import sys

api = ctypes.pythonapi             # CPython's own C API, called through ctypes
api.Py_IncRef.argtypes = api.Py_DecRef.argtypes = [ctypes.py_object]
item = object()                    # a fresh object: its count is ours to watch
box = [item]
spare = [item] * 10                # ten spare references, so it cannot die here


def three_calls(name: str, restype: type) -> int:
    """Call name(box, 0) three times, drop each result, return the count's change."""
    func = getattr(api, name)
    func.argtypes = [ctypes.py_object, ctypes.c_ssize_t]
    func.restype = restype         # py_object: ctypes takes ownership of the result
    before = sys.getrefcount(item)
    for _ in range(3):
        func(box, 0)
    return sys.getrefcount(item) - before


# Both return box[0]: PySequence_GetItem a new reference, PyList_GetItem a borrowed one.
for name in ["PySequence_GetItem", "PyList_GetItem"]:
    for restype in [ctypes.py_object, ctypes.c_void_p]:
        print(f"{name:18} restype={restype.__name__:9} {three_calls(name, restype):+d}")
for _ in range(3):
    api.Py_DecRef(item)            # release the three references that leaked
    api.Py_IncRef(item)            # and give back the three that were taken

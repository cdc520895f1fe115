import ctypes
import struct

WORD = struct.calcsize("P")              # bytes per pointer: 8, or 4 on wasm32
FLAGS = [(0x0010, "CLASS"), (0x0004, "NOARGS"), (0x0008, "O"), (0x0001, "VARARGS"),
         (0x0080, "FASTCALL"), (0x0002, "KEYWORDS")]   # Include/methodobject.h


def convention(func: object) -> str:
    """Read ml_flags of the PyMethodDef behind a built-in (CPython's layout only)."""
    method_def = ctypes.c_void_p.from_address(id(func) + 2 * WORD).value  # m_ml
    flags = ctypes.c_int.from_address(method_def + 2 * WORD).value        # ml_flags
    vectorcall = ctypes.c_void_p.from_address(id(func) + 6 * WORD).value  # vectorcall
    names = "|".join("METH_" + name for bit, name in FLAGS if flags & bit)
    return f"{names:28} vectorcall={'set' if vectorcall else 'NULL'}"


for label, func in [("[].clear", [].clear), ("len", len), ("isinstance", isinstance),
                    ("print", print), ("max", max), ("'{}'.format", "{}".format),
                    ("dict.fromkeys", dict.fromkeys)]:
    print(f"{label:14}{convention(func)}")

import ctypes


class Point(ctypes.Structure):
    """Mirror of the Rust `#[repr(C)] struct Point { x: f64, y: f64 }`."""
    _fields_ = [("x", ctypes.c_double), ("y", ctypes.c_double)]


PointPtr = ctypes.POINTER(Point)
lib = ctypes.CDLL("./libinside_ffi.so")
lib.point_scale.argtypes = [PointPtr, ctypes.c_double]
lib.point_scale.restype = None                          # void
lib.point_mid.argtypes = [PointPtr, PointPtr, PointPtr]
lib.point_mid.restype = None
lib.point_unit_x.argtypes = []
lib.point_unit_x.restype = PointPtr

print(ctypes.sizeof(Point), Point.x.offset, Point.y.offset)   # the C layout
p = Point(3.0, 4.0)
lib.point_scale(ctypes.byref(p), 10.0)       # Python -> C: C writes into p
print(p.x, p.y)
out = Point()                                # C -> Python: an out-parameter
lib.point_mid(ctypes.byref(p), ctypes.byref(Point(10.0, 0.0)), ctypes.byref(out))
print(out.x, out.y)
unit = lib.point_unit_x().contents           # C -> Python: the library's memory
print(unit.x, unit.y)
lib.point_scale(None, 2.0)                   # None becomes NULL; Rust checks it
print("NULL ignored")

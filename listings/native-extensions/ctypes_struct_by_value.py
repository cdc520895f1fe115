import ctypes


class Point(ctypes.Structure):
    _fields_ = [("x", ctypes.c_double), ("y", ctypes.c_double)]


lib = ctypes.CDLL("./libinside_ffi.so")
lib.point_new.argtypes = [ctypes.c_double, ctypes.c_double]
lib.point_new.restype = Point                # a struct returned by value
lib.point_norm2.argtypes = [Point]           # a struct passed by value
lib.point_norm2.restype = ctypes.c_double

p = lib.point_new(3.0, 4.0)
print(type(p).__name__, p.x, p.y)            # Point 3.0 4.0
print(lib.point_norm2(p))                    # 25.0: C received a copy

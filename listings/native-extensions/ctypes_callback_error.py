import ctypes

STEP = ctypes.CFUNCTYPE(ctypes.c_longlong, ctypes.c_longlong, ctypes.c_int)
lib = ctypes.CDLL("./libinside_ffi.so")
lib.fold.argtypes = [ctypes.POINTER(ctypes.c_int), ctypes.c_size_t,
                     ctypes.c_longlong, ctypes.c_void_p]
lib.fold.restype = ctypes.c_longlong


def fragile(acc: int, value: int) -> int:
    if value == 2:
        raise ValueError("cannot handle 2")
    return acc + value


values = (ctypes.c_int * 3)(1, 2, 3)
as_ptr = ctypes.cast(values, ctypes.POINTER(ctypes.c_int))
try:
    lib.fold(as_ptr, 3, 0, STEP(fragile))
    print("fold returned: the exception never reached this frame")
except ValueError:
    print("caught ValueError")

import ctypes

# long long (*step)(long long acc, int value)
STEP = ctypes.CFUNCTYPE(ctypes.c_longlong, ctypes.c_longlong, ctypes.c_int)

lib = ctypes.CDLL("./libinside_ffi.so")
lib.fold.argtypes = [ctypes.POINTER(ctypes.c_int), ctypes.c_size_t,
                     ctypes.c_longlong, ctypes.c_void_p]   # CPython also accepts STEP
lib.fold.restype = ctypes.c_longlong


def step(acc: int, value: int) -> int:
    """Called from Rust through a C function pointer, once per element."""
    print(f"  step(acc={acc}, value={value})")
    return acc * 10 + value


values = (ctypes.c_int * 4)(1, 2, 3, 4)
as_ptr = ctypes.cast(values, ctypes.POINTER(ctypes.c_int))
c_step = STEP(step)          # a C-callable thunk; keep it alive while C holds it
print("fold ->", lib.fold(as_ptr, 4, 0, c_step))
print("sum  ->", lib.fold(as_ptr, 4, 0, STEP(lambda acc, v: acc + v)))

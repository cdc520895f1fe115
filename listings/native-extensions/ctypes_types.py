import ctypes

lib = ctypes.CDLL("./libinside_ffi.so")

# double mean(const double *values, size_t n);
lib.mean.argtypes = [ctypes.POINTER(ctypes.c_double), ctypes.c_size_t]
lib.mean.restype = ctypes.c_double
values = (ctypes.c_double * 4)(1.0, 2.0, 3.0, 4.5)   # a C array, not a list
as_ptr = ctypes.cast(values, ctypes.POINTER(ctypes.c_double))
print(lib.mean(as_ptr, len(values)))

# size_t count_byte(const char *text, char byte);  bytes cross, str does not
lib.count_byte.argtypes = [ctypes.c_char_p, ctypes.c_char]
lib.count_byte.restype = ctypes.c_size_t
print(lib.count_byte(b"mississippi", b"s"))

# size_t greet(char *buf, size_t cap);  the caller owns the memory
lib.greet.argtypes = [ctypes.c_char_p, ctypes.c_size_t]
lib.greet.restype = ctypes.c_size_t
buf = ctypes.create_string_buffer(32)
n = lib.greet(buf, len(buf))
print(n, buf.value)
small = ctypes.create_string_buffer(6)
print(lib.greet(small, len(small)), small.value)      # truncated, still NUL-ended

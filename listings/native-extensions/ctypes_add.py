import ctypes

lib = ctypes.CDLL("./libinside_ffi.so")   # dlopen(): map the library in
add = lib.add                             # dlsym(): find the symbol "add"
add.argtypes = [ctypes.c_int, ctypes.c_int]
add.restype = ctypes.c_int

print(add(2, 3))
print(add(2**31 - 1, 1))        # C int arithmetic: wraps to the minimum
print(add(2**32 + 5, 0))        # too wide for a C int: silently masked
try:
    add("2", 3)                 # argtypes reject what cannot convert
except ctypes.ArgumentError as exc:
    print("ArgumentError for a str argument")

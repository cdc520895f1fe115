import importlib.util
import marshal
import os
import struct
import sys

with open("greet.py", "w") as f:
    f.write("def hello():\n    return 'hi'\n\nWHO = 'world'\n")
sys.path.insert(0, ".")
sys.dont_write_bytecode = False      # the book runs CPython with PYTHONDONTWRITEBYTECODE=1
import greet

tag = sys.implementation.cache_tag
print("cache_tag:", tag)
cached = importlib.util.cache_from_source("greet.py")
print("path:", cached.replace(tag, "TAG"))
print("__cached__ is that path:", os.path.relpath(greet.__cached__) == cached)

with open(greet.__cached__, "rb") as f:
    data = f.read()
magic, flags, mtime, size = struct.unpack("<4sIII", data[:16])
print("magic == MAGIC_NUMBER:", magic == importlib.util.MAGIC_NUMBER)
print("magic as a number:", int.from_bytes(magic[:2], "little"), magic[2:])
print("flags:", flags)
st = os.stat("greet.py")
print("mtime field == st_mtime:", mtime == int(st.st_mtime) & 0xFFFFFFFF)
print("size field:", size, "== st_size:", size == st.st_size)

code = marshal.loads(data[16:])      # the rest is one marshalled code object
print("body:", type(code).__name__, code.co_name)
namespace: dict = {}
exec(code, namespace)                # run it without the import system
print("ran:", namespace["hello"](), namespace["WHO"])

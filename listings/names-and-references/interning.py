import sys

prefix = "hello"
built = prefix + " world"          # made at run time
literal = "hello world"            # a constant stored in the code object

print("equal:                ", built == literal)
print("same object:          ", built is literal)
print("after sys.intern:     ", sys.intern(built) is sys.intern(literal))


class Paint:
    pass


p = Paint()
p.colour = "blue"                  # the name `colour` comes from source code
attr_key = next(iter(vars(p)))
runtime = "".join(["co", "lour"])  # an equal str built at run time
print("attribute key is interned:  ", attr_key is sys.intern(runtime))
print("runtime str is not, yet:    ", attr_key is not runtime)

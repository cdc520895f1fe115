def area(width, height=2):
    """Rectangle area."""
    scale = 10
    return width * height * scale + len("cm")


code = area.__code__
print("co_name:          ", code.co_name)
print("co_argcount:      ", code.co_argcount)
print("co_varnames:      ", code.co_varnames)
print("co_names:         ", code.co_names)
print("co_consts:        ", code.co_consts)
print("co_stacksize:     ", code.co_stacksize)
print("co_exceptiontable:", len(code.co_exceptiontable), "bytes")
print("co_code:          ", type(code.co_code).__name__, "of even length:",
      len(code.co_code) % 2 == 0)
print("defaults live on the function:", area.__defaults__)

import symtable

source = """
counter = 10

def bump():
    total = counter + 1
    counter = total
    return counter

def peek():
    return counter + 1
"""

module = symtable.symtable(source, "<demo>", "exec")
for func in module.get_children():
    print(f"{func.get_name()}():")
    for sym in sorted(func.get_symbols(), key=lambda s: s.get_name()):
        print(f"  {sym.get_name():<8} local={sym.is_local()!s:<5} "
              f"global={sym.is_global()}")

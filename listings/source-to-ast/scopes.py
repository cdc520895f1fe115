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

# What the symbol-table module reports for `counter` in each function...
module = symtable.symtable(source, "<demo>", "exec")
functions = [t for t in module.get_children() if t.get_type() == "function"]
for table in functions:
    sym = table.lookup("counter")
    print(f"symtable  {table.get_name()}: local={sym.is_local()!s:<5} global={sym.is_global()}")

# ...and what the compiler actually built.
namespace: dict = {}
exec(compile(source, "<demo>", "exec"), namespace)
for name in ("bump", "peek"):
    code = namespace[name].__code__
    print(f"compiled  {name}: local slot={'counter' in code.co_varnames!s:<5} "
          f"global name={'counter' in code.co_names}")

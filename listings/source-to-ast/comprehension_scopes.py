import symtable

source = """
def f(data):
    squares = [x * x for x in data]
    lazy = (x + 1 for x in data)
    return squares, lazy
"""

module = symtable.symtable(source, "<demo>", "exec")
f = next(t for t in module.get_children() if t.get_name() == "f")
print("child tables of f:", [t.get_name() for t in f.get_children()])
print("x is a local of f:", "x" in f.get_identifiers())

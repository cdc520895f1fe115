import symtable

source = """
def f(data):
    squares = [x * x for x in data]
    lazy = (x + 1 for x in data)
    return squares, lazy
"""

f = symtable.symtable(source, "<demo>", "exec").get_children()[0]
print("child tables of f:", [t.get_name() for t in f.get_children()])
print("x is a local of f:", "x" in f.get_identifiers())

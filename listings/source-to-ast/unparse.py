import ast

source = """
def area(w, h):   # rectangle
    return (w * h)
label = 'area: %d' % area(2, 3)
"""

tree = ast.parse(source)
print(ast.unparse(tree))
print("---")
again = ast.parse(ast.unparse(tree))
print("same tree after a round trip:", ast.dump(again) == ast.dump(tree))

import ast

tree = ast.parse("total = price * 1.2  # with tax")
print(ast.dump(tree, indent=2))

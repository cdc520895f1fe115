import ast

tree = ast.parse("total = price * 1.2  # with tax")
print(ast.dump(tree, indent=2))

expression = ast.parse("price * 1.2", mode="eval")   # one expression, not a module
print(type(expression).__name__, "->", type(expression.body).__name__)

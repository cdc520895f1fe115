import ast

source = "label = 'café'\ntotal = price * 1.2"
tree = ast.parse(source)

for node in ast.walk(tree.body[1]):                  # the second statement
    if isinstance(node, ast.expr):
        span = f"{node.lineno}:{node.col_offset}-{node.end_lineno}:{node.end_col_offset}"
        text = ast.get_source_segment(source, node)
        print(f"{type(node).__name__:<9} {span:<10} {text!r}")

literal = tree.body[0].value                          # the 'café' constant
print("characters in the literal:", len(literal.value) + 2,
      "| bytes it spans:", literal.end_col_offset - literal.col_offset)

import ast

source = "total = price * 1.2  # with tax"
tree = ast.parse(source)

for node in ast.walk(tree):
    if isinstance(node, ast.expr):
        span = f"{node.lineno}:{node.col_offset}-{node.end_col_offset}"
        text = ast.get_source_segment(source, node)
        print(f"{type(node).__name__:<9} {span:<8} {text!r}")

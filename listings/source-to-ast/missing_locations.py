import ast

tree = ast.parse("answer = 6 * 7")
# A hand-made statement: the node classes leave lineno and col_offset unset.
call = ast.Call(ast.Name("print", ast.Load()), [ast.Name("answer", ast.Load())], [])
tree.body.append(ast.Expr(call))

compile(tree, "<made-by-hand>", "exec")   # no fix_missing_locations(tree) first

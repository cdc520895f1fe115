if "ListCompToLoop" not in globals(): from comp_macro import ListCompToLoop  # hide
import ast
import traceback

SOURCE = """
def report(rows, scale):
    cells = [row[i] * scale
             for row in rows for i in range(len(row)) if i % 2 == 0]
    return cells

result = report([[1, 2, 3], [4, 5, 6]], 10)
leaked = 'row' in globals() or 'i' in globals()
try:
    report([[1, 2]], None)
except TypeError as exc:
    error = exc
"""


def run(tree: ast.Module) -> tuple:
    """Run a module tree; return its result, leak flag and failing line."""
    namespace: dict = {}
    exec(compile(tree, "<demo>", "exec"), namespace)
    failing = traceback.extract_tb(namespace["error"].__traceback__)[-1]
    return namespace["result"], namespace["leaked"], failing.lineno


rewritten_tree = ListCompToLoop().visit(ast.parse(SOURCE))
original, rewritten = run(ast.parse(SOURCE)), run(rewritten_tree)
print("original: ", original)
print("rewritten:", rewritten)
print("equivalent:", original == rewritten)
print("list comprehensions left:",
      sum(isinstance(n, ast.ListComp) for n in ast.walk(rewritten_tree)))
product = next(n for n in ast.walk(rewritten_tree)
               if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Mult))
print("line recorded on row[i] * scale after rewriting:", product.lineno)

import ast
import operator

OPS = {ast.Add: operator.add, ast.Sub: operator.sub,
       ast.Mult: operator.mul, ast.Div: operator.truediv}


class FoldConstants(ast.NodeTransformer):
    """Replace `number op number` with its value, innermost first."""

    def visit_BinOp(self, node: ast.BinOp) -> ast.expr:
        self.generic_visit(node)                 # fold the children first
        op = OPS.get(type(node.op))
        left, right = node.left, node.right
        if (op and isinstance(left, ast.Constant) and isinstance(right, ast.Constant)
                and type(left.value) in (int, float)
                and type(right.value) in (int, float)):
            return ast.Constant(op(left.value, right.value))   # no position yet
        return node


tree = ast.parse("seconds = 60 * 60 * 24 * days\nhalf = 1 / 2")
new_tree = ast.fix_missing_locations(FoldConstants().visit(tree))
print(ast.unparse(new_tree))

namespace = {"days": 7}
exec(compile(new_tree, "<folded>", "exec"), namespace)
print("seconds =", namespace["seconds"], "| half =", namespace["half"])

import ast

MUTABLE = (ast.List, ast.Dict, ast.Set, ast.ListComp, ast.DictComp, ast.SetComp)


class MutableDefaultChecker(ast.NodeVisitor):
    """Report every parameter whose default is a mutable display."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        args = node.args
        positional = args.posonlyargs + args.args
        pairs = list(zip(positional[len(positional) - len(args.defaults):], args.defaults))
        pairs += [(a, d) for a, d in zip(args.kwonlyargs, args.kw_defaults) if d]
        for arg, default in pairs:
            if isinstance(default, MUTABLE):
                self.problems.append(f"line {default.lineno}: {node.name}("
                                     f"{arg.arg}={ast.unparse(default)})")
        self.generic_visit(node)  # keep walking: nested functions count too

    visit_AsyncFunctionDef = visit_FunctionDef


source = """
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket

def tally(word, *, seen={}, limit=10):
    def inner(cache=[x for x in range(3)]): ...
    return seen

def safe(item, bucket=None): ...
"""
checker = MutableDefaultChecker()
checker.visit(ast.parse(source))
print("\n".join(checker.problems))

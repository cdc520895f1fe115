import ast


class ListCompToLoop(ast.NodeTransformer):
    """Rewrite `target = [elt for ...]` into a helper function with a for loop.

    As in CPython before 3.12, the first iterable is evaluated outside the
    helper and the rest inside it, so loop variables never leak. New nodes take
    the comprehension's position; the user's own expressions keep theirs.
    """
    count = 0

    def visit_Assign(self, node: ast.Assign) -> ast.stmt | list[ast.stmt]:
        comp, risky = node.value, (ast.NamedExpr, ast.Await, ast.Yield, ast.YieldFrom)
        if not isinstance(comp, ast.ListComp) or any(
                isinstance(sub, risky) for sub in ast.walk(comp)):
            return node                                   # not ours: leave it alone
        self.count += 1
        fn, res, it = (f"_listcomp{self.count}{s}" for s in ("", "_result", "_iter"))
        if {fn, res, it} & {n.id for n in ast.walk(comp) if isinstance(n, ast.Name)}:
            return node                                   # a name clash: refuse
        loop: ast.stmt = ast.Expr(ast.Call(
            ast.Attribute(ast.Name(res, ast.Load()), "append", ast.Load()), [comp.elt], []))
        for i, gen in reversed(list(enumerate(comp.generators))):
            for cond in reversed(gen.ifs):
                loop = ast.If(cond, [loop], [])
            loop = ast.For(gen.target, ast.Name(it, ast.Load()) if i == 0 else gen.iter, [loop], [])
        helper = ast.parse(f"def {fn}({it}):\n {res} = []\n return {res}").body[0]
        for sub in ast.walk(helper):
            ast.copy_location(sub, comp)                  # the template's nodes
        helper.body.insert(1, loop)
        call = ast.Call(ast.Name(fn, ast.Load()), [comp.generators[0].iter], [])
        new = [helper, ast.Assign(node.targets, ast.copy_location(call, comp)),
               ast.Delete([ast.Name(fn, ast.Del())])]
        return [ast.fix_missing_locations(ast.copy_location(s, node)) for s in new]


if __name__ == "__main__":
    source = "pairs = [(x, y) for x in range(3) if x for y in 'ab']"
    print(ast.unparse(ListCompToLoop().visit(ast.parse(source))))

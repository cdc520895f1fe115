import ast
import traceback

source = "x = 1\ny = 2\nz = x / (y - 2)\n"

tree = ast.parse(source)
print("the AST knows the line:", tree.body[2].lineno)

for label, compiled_from in (("from text", source), ("from AST ", tree)):
    code = compile(compiled_from, "<demo>", "exec")
    try:
        exec(code, {})
    except ZeroDivisionError as exc:
        line = traceback.extract_tb(exc.__traceback__)[-1].lineno
        print(f"compiled {label}: traceback says line {line}")

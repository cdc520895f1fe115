import ast
import io
import symtable
import tokenize

source = "price = 10\ntotal = price * 1.2\n"

tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
print("1. tokens:     ", len(tokens), "tokens")

tree = ast.parse(source, "<pipeline>")
print("2. AST:        ", [type(stmt).__name__ for stmt in tree.body])

table = symtable.symtable(source, "<pipeline>", "exec")
print("3. symbols:    ", sorted(table.get_identifiers()))

code = compile(tree, "<pipeline>", "exec")
print("4. code object:", type(code).__name__, code.co_names)

namespace: dict[str, object] = {}
exec(code, namespace)
print("5. result:     ", namespace["total"])

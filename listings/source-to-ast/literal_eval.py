import ast

samples = [
    "{'retries': 3, 'hosts': ('a', 'b')}",
    "[-0.5, 1 + 2j, b'raw', None, ...]",
    "2 ** 10",                          # an operator
    "config['key']",                    # a name and a subscript
    "__import__('os').getcwd()",        # a call
]

for text in samples:
    try:
        result = repr(ast.literal_eval(text))
    except ValueError:
        result = "ValueError (not a literal)"
    print(f"{text:<36} -> {result}")

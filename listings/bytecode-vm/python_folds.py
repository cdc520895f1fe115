"""Which constant expressions does Python's own compiler fold?"""
cases = [
    ("days * 24 * 60 * 60", 86400),     # parsed as ((days*24)*60)*60
    ("days * (24 * 60 * 60)", 86400),
    ("-1000", -1000),
    ("2 ** 10", 1024),
    ("2 ** 200", 2 ** 200),             # a 201-bit result
    ("'-' * 5000", "-" * 5000),         # a 5000-character result
]
for source, result in cases:
    code = compile(source, "<expr>", "eval")
    print(f"{source:<24} folded: {result in code.co_consts}")

import dis

expressions = [
    "24 * 60 * 60",          # integer arithmetic
    "2 ** 16",
    "-(2 ** 3)",             # a unary minus on a folded result
    "'ab' * 3",              # a short string repeated
    "'x' * 5000",            # a long one
    "(1, 2) + (3,)",         # tuple concatenation
    "'abc'[1]",              # indexing a constant
    "x in [1, 2, 3]",        # a list that only serves a membership test
]

for text in expressions:
    code = compile(f"result = {text}", "<fold>", "exec")
    ops = [i.opname for i in dis.get_instructions(code)]
    folded = "BINARY_OP" not in ops and "BUILD_LIST" not in ops
    print(f"{text:<16} folded={folded!s:<5} consts={code.co_consts}")

import dis


def add(a, b):
    return a + b


def binary_op_form() -> str:
    """The BINARY_OP instruction as the interpreter currently runs it."""
    return next(i.opname for i in dis.get_instructions(add, adaptive=True)
                if i.opname.startswith("BINARY_OP"))


print("before any call:     ", binary_op_form())
for n in range(1000):
    add(n, 1)
print("after 1000 int adds: ", binary_op_form())
for n in range(1000):
    add("a", "b")
print("after 1000 str adds: ", binary_op_form())
print("co_code is unchanged:", [i.opname for i in dis.get_instructions(add)][-2])

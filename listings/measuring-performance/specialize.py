import dis


def add(a, b):
    return a + b


def binary_ops() -> list[str]:
    """The adaptive (possibly specialized) names of add's BINARY_OP instruction."""
    return [ins.opname for ins in dis.get_instructions(add, adaptive=True)
            if ins.opname.startswith("BINARY_OP")]


print("before any call:     ", binary_ops())
for _ in range(100):
    add(1, 2)
print("after 100 int adds:  ", binary_ops())
for _ in range(100):
    add("a", "b")
print("after 100 str adds:  ", binary_ops())

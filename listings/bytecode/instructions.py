import dis


def hypotenuse_squared(a, b):
    return a * a + b * b


instructions = list(dis.get_instructions(hypotenuse_squared))
for ins, nxt in zip(instructions, instructions[1:] + [None]):
    size = (nxt.offset if nxt else len(hypotenuse_squared.__code__.co_code)) - ins.offset
    print(f"offset {ins.offset:>2}  {size:>2} bytes  {ins.opname:<34} {ins.argrepr}")

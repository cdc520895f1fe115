import dis


def hypotenuse_squared(a, b):
    return a * a + b * b


for ins in dis.get_instructions(hypotenuse_squared):
    print(f"{ins.offset:>3} {ins.opname:<34} {ins.argrepr}")

import dis


def loop_sum(data: list[int]) -> int:
    total = 0
    for x in data:
        total += x
    return total


def loop_body(adaptive: bool) -> list[str]:
    """The opcodes of loop_sum's loop, from FOR_ITER to JUMP_BACKWARD."""
    names = [ins.opname for ins in dis.get_instructions(loop_sum, adaptive=adaptive)]
    start = next(i for i, name in enumerate(names) if name.startswith("FOR_ITER"))
    end = next(i for i, name in enumerate(names) if name.startswith("JUMP_BACKWARD"))
    return names[start:end + 1]


print("compiled:", loop_body(adaptive=False))
for _ in range(100):
    loop_sum([1, 2, 3])                  # warm up: let the interpreter quicken it
print("running: ", loop_body(adaptive=True))

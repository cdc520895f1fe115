import dis

counter = 0


class Box:
    n = 0


def bump_global() -> None:
    global counter
    counter += 1


def bump_attribute(box: Box) -> None:
    box.n += 1


def steps(func) -> list[str]:
    """The instructions that read, compute and write: the rest is bookkeeping."""
    wanted = ("LOAD_GLOBAL", "STORE_GLOBAL", "LOAD_ATTR", "STORE_ATTR", "BINARY_OP")
    return [
        f"{ins.opname} {ins.argrepr}".strip()
        for ins in dis.get_instructions(func)
        if ins.opname in wanted
    ]


print("counter += 1 ->", steps(bump_global))
print("box.n += 1   ->", steps(bump_attribute))

"""The instructions that create, share and use cells."""
import dis


def make_counter():
    count = 0

    def increment():
        nonlocal count
        count += 1
        return count

    return increment


def cell_ops(func) -> list[str]:
    """Names of the cell-related instructions in func's bytecode, sorted."""
    names = {ins.opname for ins in dis.get_instructions(func)}
    return sorted(n for n in names if "DEREF" in n or "CELL" in n or "FREE" in n)


print("make_counter:", cell_ops(make_counter))
print("increment:   ", cell_ops(make_counter()))

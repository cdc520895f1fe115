import dis
import timeit


def loop_body(stmt: str, setup: str = "pass") -> list[str]:
    """Opcodes that timeit's generated function runs for stmt on each pass."""
    timer = timeit.Timer(stmt, setup)
    line = timer.src.splitlines().index("        " + stmt) + 1
    return [ins.opname for ins in dis.get_instructions(timer.inner)
            if ins.positions and ins.positions.lineno == line]


for stmt, setup in [("x = 2 ** 10", "pass"),
                    ("x = a ** b", "a, b = 2, 10")]:
    print(f"{stmt:12} -> {loop_body(stmt, setup)}")

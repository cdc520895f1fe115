import dis
import operator
from types import FunctionType

BINARY = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
          "//": operator.floordiv, "%": operator.mod, "**": operator.pow}


def run(func: FunctionType, *args: object, trace: bool = False) -> object:
    """Execute func's own straight-line bytecode, with a list as the value stack."""
    code = func.__code__
    fast = dict(zip(code.co_varnames, args))            # the frame's local slots
    stack: list[object] = []
    for ins in dis.get_instructions(func):
        op, arg = ins.opname, ins.arg                   # the raw oparg, as the VM reads it
        if op in ("LOAD_FAST", "LOAD_FAST_BORROW", "LOAD_FAST_CHECK"):
            stack.append(fast[code.co_varnames[arg]])
        elif op in ("LOAD_FAST_LOAD_FAST", "LOAD_FAST_BORROW_LOAD_FAST_BORROW"):
            stack += [fast[code.co_varnames[arg >> 4]], fast[code.co_varnames[arg & 15]]]
        elif op == "LOAD_CONST":
            stack.append(code.co_consts[arg])
        elif op == "LOAD_SMALL_INT":                    # 3.14: the oparg is the value
            stack.append(arg)
        elif op == "BINARY_OP":
            right, left = stack.pop(), stack.pop()
            stack.append(BINARY[ins.argrepr](left, right))
        elif op == "RETURN_VALUE":
            return stack.pop()
        elif op not in ("RESUME", "NOP"):
            raise NotImplementedError(op)
        if trace and op != "RESUME":
            print(f"{op:<34} {ins.argrepr:<4} {stack}")


def f(a, b, c):
    return (a + b) * c - 2 ** 3


if __name__ == "__main__":
    print("model:", run(f, 2, 3, 4, trace=True), "| real:", f(2, 3, 4))

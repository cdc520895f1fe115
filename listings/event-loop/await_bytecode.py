"""await compiles to the same SEND loop as yield from."""
import dis


def delegate(it):
    result = yield from it
    return result


async def wait_for(aw):
    result = await aw
    return result


def loop_of(func):
    """The opnames from the 'get an iterator' step to END_SEND."""
    names = [ins.opname for ins in dis.get_instructions(func)]
    start = next(i for i, n in enumerate(names) if n.startswith("GET_"))
    return names[0], names[start : names.index("END_SEND") + 1], "CLEANUP_THROW" in names


for func in (delegate, wait_for):
    first, loop, cleanup = loop_of(func)
    print(f"{func.__name__}: starts with {first}, handles throw: {cleanup}")
    print("   ", " ".join(loop))

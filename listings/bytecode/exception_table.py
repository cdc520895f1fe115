import dis
from collections.abc import Iterator


def varints(data: bytes) -> Iterator[int]:
    """Decode the 6-bit varints of an exception table (bit 6 = 'more follows')."""
    stream = iter(data)
    for byte in stream:
        value = byte & 63
        while byte & 64:
            byte = next(stream)
            value = (value << 6) | (byte & 63)
        yield value


def entries(code) -> list[tuple[int, int, int, int, bool]]:
    """(start, end, target, depth, lasti) per entry; offsets in bytes, end exclusive."""
    numbers = list(varints(code.co_exceptiontable))
    result = []
    for start, size, target, depth_lasti in zip(*[iter(numbers)] * 4):
        result.append((start * 2, (start + size) * 2, target * 2,
                       depth_lasti >> 1, bool(depth_lasti & 1)))
    return result


def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None


mine = entries(safe_div.__code__)
theirs = [(e.start, e.end, e.target, e.depth, e.lasti)
          for e in dis.Bytecode(safe_div).exception_entries]
for entry in mine:
    print("covers [%d, %d) -> handler %d, depth %d, lasti %s" % entry)
print("same as dis:", mine == theirs)

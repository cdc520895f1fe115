"""Python's own frames form the same back-linked chain as our VM's."""
import sys


def inner() -> list[str]:
    frame = sys._getframe()            # the frame running this code
    chain = []
    while frame is not None and frame.f_globals is globals():  # this file's frames
        chain.append(f"{frame.f_code.co_name} (line {frame.f_lineno})")
        frame = frame.f_back           # the caller's frame
    return chain


def outer() -> list[str]:
    return inner()


print(" <- ".join(outer()))

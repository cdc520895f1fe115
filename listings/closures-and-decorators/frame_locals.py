"""PEP 667 (3.13): f_locals writes through to the frame; locals() is a snapshot."""
import sys


def outer():
    count = 0

    def peek():
        return count                 # count is a cell variable

    proxy = sys._getframe().f_locals
    proxy["count"] = 99              # write through the frame object
    snapshot = locals()
    snapshot["count"] = -1           # write into what locals() returned
    print("f_locals is a", type(proxy).__name__)
    print("count:", count, "| peek():", peek())
    print("locals() is locals():", locals() is locals())


outer()

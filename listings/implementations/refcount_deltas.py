"""Reference-count deltas: the same program, measured by sys.getrefcount."""
import sys

x = object()
base = sys.getrefcount(x)
y = x
print("after y = x:        +", sys.getrefcount(x) - base, sep="")
box = [x, x, x]
print("after [x, x, x]:    +", sys.getrefcount(x) - base, sep="")
del y, box
print("after del y, box:   +", sys.getrefcount(x) - base, sep="")
print("raw count of a fresh object:", sys.getrefcount(object()))
print("None's count is huge:", sys.getrefcount(None) > 1_000_000)

import sys
import warnings

source = "def is_big(n):\n    return n is 1000\n"

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    compile(source, "<is_big>", "exec")

print("implementation:", sys.implementation.name)
print("warnings raised while compiling:", [w.category.__name__ for w in caught])
for w in caught:
    print("  message:", w.message)

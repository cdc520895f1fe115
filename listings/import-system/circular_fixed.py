"""The same cycle, fixed: bind the module, read its attribute later."""
import pathlib
import sys

sys.dont_write_bytecode = True  # hide
sys.path.insert(0, ".")
pathlib.Path("orders.py").write_text(
    "import billing\n"
    "TAX = 0.2\n"
    "def total(net):\n"
    "    return billing.gross(net)\n")
pathlib.Path("billing.py").write_text(
    "import orders            # fine: binds the (partial) module object\n"
    "def gross(net):\n"
    "    return round(net * (1 + orders.TAX), 2)   # looked up at call time\n")

import orders

print("total(100):", orders.total(100))
print("billing sees the finished module:", sys.modules["billing"].orders is orders)

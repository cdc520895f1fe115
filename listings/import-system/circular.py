"""A circular import meets a partially initialised module."""
import os
import pathlib
import sys

sys.dont_write_bytecode = True  # hide
sys.path.insert(0, ".")
pathlib.Path("orders.py").write_text(
    "print('orders: start')\n"
    "import billing\n"
    "TAX = 0.2\n"
    "print('orders: end')\n")
pathlib.Path("billing.py").write_text(
    "print('billing: start')\n"
    "import orders\n"
    "print('billing: got orders; has TAX yet?', hasattr(orders, 'TAX'))\n"
    "from orders import TAX\n")

try:
    import orders
except ImportError as exc:
    message = str(exc).replace(os.getcwd() + os.sep, "")
    print(f"{type(exc).__name__}: {message}")
print("orders left in sys.modules:", "orders" in sys.modules)
print("billing left in sys.modules:", "billing" in sys.modules)

import importlib.util
import os
import sys

SHOW = "print(f'{__name__:17} __package__={__package__!r:12} parent={__spec__.parent!r}')\n"
files = {
    "shop/__init__.py": SHOW,
    "shop/tax.py": SHOW + "RATE = 0.2\n",
    "shop/sub/__init__.py": SHOW,
    "shop/sub/checkout.py": SHOW + "from ..tax import RATE\nfrom . import helpers\n",
    "shop/sub/helpers.py": SHOW,
}
for path, text in files.items():
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
sys.path.insert(0, ".")

import shop.sub.checkout
print("RATE reached by ..tax:", shop.sub.checkout.RATE)

for name, package in [(".helpers", "shop.sub"), ("..tax", "shop.sub"),
                      ("..", "shop.sub"), ("...tax", "shop.sub")]:
    try:
        print(f"resolve_name({name!r}, {package!r}) ->",
              importlib.util.resolve_name(name, package))
    except ImportError as e:
        print(f"resolve_name({name!r}, {package!r}) -> ImportError: {e}")

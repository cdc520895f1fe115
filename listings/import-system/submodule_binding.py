"""`import shop.cart` binds `shop`, and sets `cart` on the package."""
import pathlib
import sys

sys.dont_write_bytecode = True  # hide
sys.path.insert(0, ".")
pkg = pathlib.Path("shop")
pkg.mkdir()
(pkg / "__init__.py").write_text('print("  shop/__init__.py runs")\n')
(pkg / "cart.py").write_text('print("  shop/cart.py runs")\n')
(pkg / "tax.py").write_text('print("  shop/tax.py runs")\n')

import shop.cart

print("name 'shop' bound:", "shop" in globals())
print("name 'cart' bound:", "cart" in globals())
print("shop.cart is the submodule:", shop.cart is sys.modules["shop.cart"])
print("tax loaded yet:", hasattr(shop, "tax"))

from shop import tax          # loads shop.tax; the parent gets .tax too
print("tax loaded now:", hasattr(shop, "tax"), "| bound:", "tax" in globals())

import shop.cart as c         # `as` binds the submodule itself
print("c is shop.cart:", c is shop.cart)

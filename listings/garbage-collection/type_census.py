import gc
from collections import Counter


def census() -> Counter[str]:
    """Count the objects the collector tracks, by type name."""
    return Counter(type(o).__name__ for o in gc.get_objects())


class Order:
    pass


class Invoice:
    pass


orders = []
before = census()
for n in range(300):
    orders.append(Order())          # kept: grows without bound
    Invoice()                       # dropped at once
after = census()
growth = after - before             # Counter subtraction keeps positive counts only
for name in ("Order", "Invoice"):
    print(f"{name:8} +{growth[name]}")
print("ints are not tracked, so never counted:", census()["int"])

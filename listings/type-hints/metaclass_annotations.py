import sys


class Schema(type):
    """A metaclass that records the annotated field names of each class."""

    def __new__(mcls, name: str, bases: tuple, ns: dict):
        print(f"{name}: '__annotations__' in the namespace? {'__annotations__' in ns}")
        cls = super().__new__(mcls, name, bases, ns)
        if sys.version_info >= (3, 14):          # read from the finished class
            from annotationlib import Format, get_annotations
            hints = get_annotations(cls, format=Format.FORWARDREF)
        else:                                    # 3.13 and earlier: eager dict
            hints = ns.get("__annotations__", {})
        cls.fields = list(hints)
        return cls


class Order(metaclass=Schema):
    id: int
    customer: "Customer"                         # defined below

class Customer(metaclass=Schema):
    name: str

print(Order.fields, Customer.fields)

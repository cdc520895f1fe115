from typing import Generic, Optional, TypeVar, get_args, get_origin

hint = dict[str, list[int]]              # PEP 585: builtins are subscriptable
print(get_origin(hint), get_args(hint))
print(type(hint).__name__, hint() == {})  # calling it makes a plain dict
try:
    isinstance({}, dict[str, int])      # the parameters are not checkable
except TypeError:
    print("isinstance with dict[str, int] -> TypeError")
print(isinstance(3, int | str), get_args(int | None))   # PEP 604 unions do work
print((int | None) == Optional[int], type(int | None) is type(Optional[int]))

T = TypeVar("T")


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item


IntBox = Box[int]                        # an alias object, not a new class
b = IntBox("not an int")                 # no check: the parameter is erased
print(type(b) is Box, IntBox == Box[int], get_args(IntBox))
print(b.__orig_class__, Box.__parameters__, T.__name__)

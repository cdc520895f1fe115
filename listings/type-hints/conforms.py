import types
import typing
from typing import Any, get_args, get_origin


def conforms(value: Any, hint: Any) -> bool:
    """Does value match hint? Handles classes, unions, Any, list, dict, tuple."""
    origin, args = get_origin(hint), get_args(hint)
    if hint is Any:
        return True
    if origin in (typing.Union, types.UnionType):      # X | Y and Optional[X]
        return any(conforms(value, arg) for arg in args)
    if origin is None:                                  # a plain class, or None
        return isinstance(value, type(None) if hint is None else hint)
    if not isinstance(value, origin):                   # list[int]: a list first
        return False
    if origin is list:
        return all(conforms(item, args[0]) for item in value)
    if origin is dict:
        return all(conforms(k, args[0]) and conforms(v, args[1])
                   for k, v in value.items())
    if origin is tuple:
        return len(value) == len(args) and all(map(conforms, value, args))
    return True                                         # other generics: trust


checks = [(3, int), (True, int), (None, int | None), ("3", int | None),
          ([1, 2], list[int]), ([1, "2"], list[int]),
          ({"a": [1.5]}, dict[str, list[float]]), ((1, "x"), tuple[int, str]),
          ((1, 2, 3), tuple[int, int])]
for value, hint in checks:
    shown = hint.__name__ if type(hint) is type else str(hint)
    print(f"{value!r:>14} : {shown:<22} {conforms(value, hint)}")

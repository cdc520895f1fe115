from typing import Any, get_args, get_origin  # hide
import types  # hide
import typing  # hide
def conforms(value: Any, hint: Any) -> bool:  # hide
    """Does value match hint? Handles classes, unions, Any, list, dict, tuple."""  # hide
    origin, args = get_origin(hint), get_args(hint)  # hide
    if hint is Any:  # hide
        return True  # hide
    if origin in (typing.Union, types.UnionType):  # hide
        return any(conforms(value, arg) for arg in args)  # hide
    if origin is None:  # hide
        return isinstance(value, type(None) if hint is None else hint)  # hide
    if not isinstance(value, origin):  # hide
        return False  # hide
    if origin is list:  # hide
        return all(conforms(item, args[0]) for item in value)  # hide
    if origin is dict:  # hide
        return all(conforms(k, args[0]) and conforms(v, args[1])  # hide
                   for k, v in value.items())  # hide
    if origin is tuple:  # hide
        return len(value) == len(args) and all(map(conforms, value, args))  # hide
    return True  # hide
import functools
import inspect
from typing import Callable, get_type_hints


def typechecked(func: Callable) -> Callable:
    """Check the arguments and the return value of func against its hints."""
    sig = inspect.signature(func)

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        hints = get_type_hints(func)            # resolved on each call
        for name, value in sig.bind(*args, **kwargs).arguments.items():
            if name in hints and not conforms(value, hints[name]):
                raise TypeError(f"{name}={value!r} does not match {hints[name]}")
        result = func(*args, **kwargs)
        if "return" in hints and not conforms(result, hints["return"]):
            raise TypeError(f"return value {result!r} does not match {hints['return']}")
        return result
    return wrapper


@typechecked
def mean(values: list[float], weights: dict[str, float] | None = None) -> float:
    return sum(values) / len(values)


print(mean([1.0, 2.0, 4.5]))
for bad_call in ("mean([1.0, '2'])", "mean([1.0], {'a': 'heavy'})", "mean([1, 2])"):
    try:
        eval(bad_call)
    except TypeError as exc:
        print("TypeError:", exc)
print(mean.__name__, mean.__annotations__["values"])     # copied by wraps

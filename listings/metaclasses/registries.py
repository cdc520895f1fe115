# 1. A metaclass: every class it creates registers itself, bases included.
class RegisteringMeta(type):
    registry: dict[str, type] = {}

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns, **kwargs)
        RegisteringMeta.registry[name.lower()] = cls


class MetaBase(metaclass=RegisteringMeta): ...
class CsvA(MetaBase): ...


# 2. A class decorator: explicit, per class, and not inherited.
DECORATED: dict[str, type] = {}

def register(cls: type) -> type:
    DECORATED[cls.__name__.lower()] = cls
    return cls

@register
class CsvB: ...
class Unregistered(CsvB): ...     # the decorator does not run for subclasses


# 3. __init_subclass__: inherited by subclasses, no metaclass needed.
class Plugin:
    registry: dict[str, type] = {}

    def __init_subclass__(cls, /, key: str = "", **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        Plugin.registry[key or cls.__name__.lower()] = cls

class CsvC(Plugin, key="csv"): ...
class JsonC(Plugin): ...


print("metaclass:  ", list(RegisteringMeta.registry))
print("decorator:  ", list(DECORATED))
print("subclass:   ", list(Plugin.registry))

"""Build it: cached_property in a dozen lines."""
from collections.abc import Callable


class Cached:
    """Non-data descriptor: compute once, then let the instance dict win."""

    def __init__(self, func: Callable[[object], object]) -> None:
        self.func = func

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: object, objtype: type | None = None) -> object:
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value   # next lookup never reaches us
        return value


class Config:
    @Cached
    def settings(self) -> dict:
        print("  loading settings")
        return {"debug": False}


c = Config()
print(c.settings)
print(c.settings)                        # served from c.__dict__
print(vars(c))

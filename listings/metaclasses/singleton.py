class Config:
    """Singleton through __new__: one object, but __init__ runs every time."""
    _instance = None

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, debug: bool = False) -> None:
        self.debug = debug


a = Config(debug=True)
b = Config()                       # same object, re-initialised!
print("same object:", a is b, "| a.debug is now", a.debug)


class SingletonMeta(type):
    """Singleton through the metaclass: the second call skips __new__ and __init__."""

    def __call__(cls, *args, **kwargs):
        if "_instance" not in cls.__dict__:
            cls._instance = super().__call__(*args, **kwargs)
        return cls._instance


class Settings(metaclass=SingletonMeta):
    def __init__(self, debug: bool = False) -> None:
        self.debug = debug


c = Settings(debug=True)
d = Settings()
print("same object:", c is d, "| c.debug is still", c.debug)

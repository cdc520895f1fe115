class Traced(type):
    def __call__(cls, *args, **kwargs):
        print(f"type(cls).__call__ -> {cls.__name__}{args}")
        return super().__call__(*args, **kwargs)   # type.__call__


class Temperature(metaclass=Traced):
    def __new__(cls, kelvin: float):
        print("  __new__: allocate" if kelvin >= 0 else "  __new__: return None")
        if kelvin < 0:
            return None                  # not an instance of cls...
        return super().__new__(cls)      # object.__new__ takes no extra args

    def __init__(self, kelvin: float) -> None:
        print("  __init__: initialise")
        self.kelvin = kelvin


t = Temperature(300.0)
print("result:", type(t).__name__, t.kelvin)
bad = Temperature(-5.0)                  # ...so __init__ is skipped
print("result:", bad)

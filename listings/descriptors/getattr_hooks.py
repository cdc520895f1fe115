"""__getattr__ runs only on failure; __getattribute__ runs on every lookup."""


class Fallback:
    def __init__(self):
        self.real = "real value"

    def __getattr__(self, name):
        print(f"  __getattr__({name!r})")
        return f"default for {name}"


class Traced:
    def __init__(self):
        self.real = "real value"

    def __getattribute__(self, name):
        print(f"  __getattribute__({name!r})")
        return object.__getattribute__(self, name)   # not self.<anything>!

    def __len__(self):
        return 3


f = Fallback()
print(f.real)
print(f.missing)

t = Traced()
print(t.real)
print(t.__len__())      # explicit lookup: goes through __getattribute__
print(len(t))           # implicit special-method lookup: skips it

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print(f"1. Meta.__prepare__({name!r}, kwargs={kwargs})")
        return {}

    def __new__(mcls, name, bases, ns, **kwargs):
        names = [k for k in ns if not k.startswith("__")]
        print(f"3. Meta.__new__: namespace holds {names}")
        cls = super().__new__(mcls, name, bases, ns, **kwargs)
        print("6. type.__new__ returned")
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        print("7. Meta.__init__")
        super().__init__(name, bases, ns)


class Named:
    def __set_name__(self, owner, name):
        print(f"4. Named.__set_name__(owner={owner.__name__}, name={name!r})")


class Base(metaclass=Meta):
    def __init_subclass__(cls, **kwargs):
        print(f"5. Base.__init_subclass__({cls.__name__}, kwargs={kwargs})")


def decorate(cls):
    print("8. class decorator")
    return cls


print("--- now the subclass ---")
@decorate
class Child(Base, flavour="mint"):
    print("2. class body runs")
    field = Named()

def greet(self) -> str:
    return f"hello from {self.name}"


# The class statement below...
class Robot:
    kind = "machine"

    def __init__(self, name: str) -> None:
        self.name = name

    greet = greet


# ...does the same work as this one call to the metaclass.
def robot_init(self, name: str) -> None:
    self.name = name


Robot2 = type("Robot2", (object,), {"kind": "machine",
                                    "__init__": robot_init,
                                    "greet": greet})

for cls in (Robot, Robot2):
    r = cls("R2")
    print(cls.__name__, type(cls).__name__, cls.__bases__, r.greet(), r.kind)

print(sorted(set(vars(Robot)) ^ set(vars(Robot2))))
print(Robot2.__module__, Robot2.__qualname__)

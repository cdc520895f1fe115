"""super() in Left calls Right, a class Left has never heard of."""


class Base:
    def __init__(self):
        print("  Base.__init__")


class Left(Base):
    def __init__(self):
        print("  Left.__init__")
        super().__init__()


class Right(Base):
    def __init__(self):
        print("  Right.__init__")
        super().__init__()


class Child(Left, Right):
    def __init__(self):
        print("  Child.__init__")
        super().__init__()


print("Left():")
Left()
print("Child():")
Child()
print([cls.__name__ for cls in Child.__mro__])

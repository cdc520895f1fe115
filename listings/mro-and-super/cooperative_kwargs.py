"""Cooperative __init__: take your keywords, pass the rest along the MRO."""


class Shape:
    def __init__(self, **kwargs):
        print(f"  Shape gets {sorted(kwargs)}; passes them to object")
        super().__init__(**kwargs)


class Colored(Shape):
    def __init__(self, *, color="black", **kwargs):
        print(f"  Colored takes color, passes {sorted(kwargs)}")
        self.color = color
        super().__init__(**kwargs)


class Sized(Shape):
    def __init__(self, *, size=1, **kwargs):
        print(f"  Sized takes size, passes {sorted(kwargs)}")
        self.size = size
        super().__init__(**kwargs)


class Label(Colored, Sized):
    def __init__(self, *, text, **kwargs):
        print(f"  Label takes text, passes {sorted(kwargs)}")
        self.text = text
        super().__init__(**kwargs)


print(" -> ".join(k.__name__ for k in Label.__mro__))
print(vars(Label(text="hi", color="red", size=3)))
try:
    Label(text="hi", colour="red")              # a typo reaches object
except TypeError as exc:
    print("TypeError:", exc)

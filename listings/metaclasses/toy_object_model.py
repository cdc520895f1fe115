class Base:
    """An object in the toy model: a pointer to its class and a dict of fields."""
    def __init__(self, cls: "Class | None", fields: dict) -> None:
        self.cls, self.fields = cls, fields

    def read_attr(self, name: str) -> object:
        if name in self.fields:                  # 1. the object's own fields
            return self.fields[name]
        for klass in self.cls.mro():             # 2. its class, then the bases
            if name in klass.fields:
                value = klass.fields[name]       # 3. a function binds to self
                return (lambda *args: value(self, *args)) if callable(value) else value
        raise AttributeError(name)

    def isinstance(self, klass: "Class") -> bool:
        return klass in self.cls.mro()

class Class(Base):
    """A class is an object too: a name, one base class and a field dict."""
    def __init__(self, name: str, base: "Class | None", fields: dict,
                 metaclass: "Class | None") -> None:
        super().__init__(metaclass, fields)
        self.name, self.base = name, base

    def mro(self) -> list["Class"]:
        return [self] + (self.base.mro() if self.base else [])

OBJECT = Class("object", None, {}, None)    # object and type need each other,
TYPE = Class("type", OBJECT, {}, None)      # so create both, then tie the knot
OBJECT.cls = TYPE.cls = TYPE

def norm1(p: Base) -> int:
    return abs(p.read_attr("x")) + abs(p.read_attr("y"))

Meta = Class("Meta", TYPE, {"describe": lambda c: f"<class {c.name}>"}, TYPE)
Point = Class("Point", OBJECT, {"norm1": norm1}, Meta)
p = Base(Point, {"x": 3, "y": -4})
print(p.read_attr("norm1")(), Point.read_attr("describe")(), p.isinstance(TYPE))
print(TYPE.isinstance(TYPE), OBJECT.isinstance(TYPE), TYPE.isinstance(OBJECT))

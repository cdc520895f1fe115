MISSING = object()


def find_in_mro(cls: type, name: str) -> object:
    """Search the class dicts along cls.__mro__, like _PyType_Lookup."""
    for klass in cls.__mro__:
        if name in vars(klass):
            return vars(klass)[name]
    return MISSING


def getattribute(obj: object, name: str) -> object:
    """Emulate object.__getattribute__ (PyObject_GenericGetAttr)."""
    cls = type(obj)
    attr = find_in_mro(cls, name)
    get = find_in_mro(type(attr), "__get__")
    if get is not MISSING and (find_in_mro(type(attr), "__set__") is not MISSING
                               or find_in_mro(type(attr), "__delete__") is not MISSING):
        return get(attr, obj, cls)                 # 1. data descriptor
    if name in getattr(obj, "__dict__", {}):
        return obj.__dict__[name]                  # 2. instance variable
    if get is not MISSING:
        return get(attr, obj, cls)                 # 3. non-data descriptor
    if attr is not MISSING:
        return attr                                # 4. plain class variable
    raise AttributeError(name)


class Sample:
    kind = "class attribute"
    method = lambda self: "method"
    prop = property(lambda self: "property")
    cm = classmethod(lambda cls: cls.__name__)


s = Sample()
s.__dict__.update(field="instance", prop="shadow")   # "prop" loses
for name in ("field", "kind", "method", "prop", "cm", "__class__"):
    mine = getattribute(s, name)
    print(f"{name:9} {type(mine).__name__:8} same: {mine == getattr(s, name)}")

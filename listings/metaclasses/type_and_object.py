class Point:
    pass


p = Point()
print(type(p) is Point)            # an instance's class
print(type(Point) is type)         # a class's class is its metaclass
print(type(type) is type)          # type is an instance of itself

print(isinstance(object, type))    # object is a class, so an instance of type
print(isinstance(type, object))    # type is an object, like everything
print(issubclass(type, object))    # type inherits from object
print(issubclass(object, type))    # ...but not the other way round

print(type.__mro__)
print(object.__bases__)            # the inheritance chain stops here

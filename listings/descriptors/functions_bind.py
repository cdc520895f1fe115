"""Functions are non-data descriptors: __get__ makes the bound method."""


class Greeter:
    def hello(self, name):
        return f"{type(self).__name__} says hello to {name}"

    @classmethod
    def create(cls):
        return cls.__name__

    @staticmethod
    def shout(text):
        return text.upper()


g = Greeter()
f = vars(Greeter)["hello"]                 # the raw function in the class dict
print(type(f).__name__, hasattr(f, "__get__"), hasattr(f, "__set__"))

bound = f.__get__(g, Greeter)              # what g.hello does
print(type(bound).__name__, bound.__self__ is g, bound.__func__ is f)
print(bound("Ada"))
print("Greeter.hello is f:", Greeter.hello is f)     # __get__(None, Greeter)
print("g.hello is g.hello:", g.hello is g.hello)     # a new method each time
print("g.hello == g.hello:", g.hello == g.hello)

cm, sm = vars(Greeter)["create"], vars(Greeter)["shout"]
print(type(cm).__name__, cm.__get__(g, Greeter)())   # binds the class
print(type(sm).__name__, sm.__get__(g, Greeter)("hi"))  # binds nothing


def describe(self):
    return f"<{self!r} has {len(self)} items>"


print(describe.__get__([1, 2, 3])())       # bind any function to any object

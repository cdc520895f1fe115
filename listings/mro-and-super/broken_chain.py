"""One class that forgets super().__init__() silently cuts the chain."""


class Base:
    def __init__(self):
        print("  Base.__init__")
        self.ready = True


class Logging(Base):
    def __init__(self):
        print("  Logging.__init__ (does not call super)")
        self.log = []


class Caching(Base):
    def __init__(self):
        print("  Caching.__init__")
        self.cache = {}
        super().__init__()


class Service(Logging, Caching):
    pass


s = Service()
print(" -> ".join(k.__name__ for k in Service.__mro__))
print(sorted(vars(s)))               # no 'cache', no 'ready'

from abc import ABC


class RegisteringMeta(type):
    pass


class Model(metaclass=RegisteringMeta):
    pass


print(type(Model).__name__, type(ABC).__name__)
print(issubclass(RegisteringMeta, type(ABC)), issubclass(type(ABC), RegisteringMeta))


# Neither metaclass derives from the other, so Python cannot pick one.
class AbstractModel(Model, ABC):
    pass

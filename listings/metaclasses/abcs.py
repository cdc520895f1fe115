from abc import ABC, abstractmethod
from collections.abc import Sized


class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...


class Square(Shape):
    def __init__(self, side: float) -> None:
        self.side = side

    def area(self) -> float:
        return self.side ** 2


print(type(Shape).__name__, sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError:
    print("Shape() -> TypeError: abstract methods are still missing")
print(Square(3).area(), sorted(Square.__abstractmethods__))

# Virtual subclasses: ABCMeta.__subclasscheck__ answers, not the MRO.
class Circle:                      # unrelated to Shape
    def area(self) -> float:
        return 3.0

Shape.register(Circle)
print(isinstance(Circle(), Shape), Shape in Circle.__mro__)


class Bag:                         # never registered anywhere
    def __len__(self) -> int:
        return 0

print(isinstance(Bag(), Sized))   # Sized.__subclasshook__ looks for __len__

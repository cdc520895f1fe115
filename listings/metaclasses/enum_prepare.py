from enum import Enum

print(type(Enum).__name__, type(Enum.__prepare__("Shape", (Enum,))).__name__)
try:
    class Shape(Enum):
        SQUARE = 2
        SQUARE = 3                     # the namespace refuses this binding
except TypeError as exc:
    print("TypeError:", exc)

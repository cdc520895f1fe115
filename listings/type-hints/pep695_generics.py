# Python 3.12+ syntax (PEP 695): type parameters without TypeVar boilerplate.
class Stack[T]:
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)


def first[T: (int, str)](items: list[T]) -> T:    # a constrained parameter
    return items[0]


type Pair[K] = tuple[K, K]                 # a generic type alias
type Later = list[NotDefinedYet]          # the value is evaluated lazily

(param,) = Stack.__type_params__
print(param.__name__, type(param).__name__, Stack.__parameters__ == (param,))
print(first.__type_params__[0].__constraints__)
print(type(Pair).__name__, Pair.__type_params__, Pair[int])
print(Pair.__value__)
try:
    Later.__value__
except NameError as exc:
    print("NameError only when the alias value is used:", exc)
print("T leaked into the module:", "T" in globals())

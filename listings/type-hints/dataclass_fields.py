from dataclasses import dataclass, field, fields
from typing import ClassVar


@dataclass
class Order:
    id: int                                   # annotated: a field
    items: list[str] = field(default_factory=list)
    discount: float = 0.0
    registry: ClassVar[dict] = {}             # ClassVar: not a field
    note = "no annotation, not a field"       # plain class attribute


print([(f.name, f.type) for f in fields(Order)])
print(Order(7))                               # the generated __repr__
print(Order(7) == Order(7), Order(7).items is not Order(7).items)

try:
    @dataclass
    class Broken:
        name: str = "anon"
        age: int                              # no default after a default
except TypeError as exc:
    print("TypeError:", exc)

try:
    @dataclass
    class Shared:
        tags: list = []                       # a shared mutable default
except ValueError as exc:
    print("ValueError:", exc)

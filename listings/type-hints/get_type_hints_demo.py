from __future__ import annotations      # PEP 563: every annotation becomes a str

from typing import ClassVar, get_type_hints


class Tree:
    children: list[Tree]                 # refers to the class being defined
    count: ClassVar[int] = 0

    def add(self, child: Tree | None) -> Tree:
        return self


print(Tree.__annotations__)             # raw strings, exactly as written
print(get_type_hints(Tree))             # evaluated in the module's globals
print(get_type_hints(Tree.add)["child"])


def build() -> None:
    class Leaf:                          # a local class: not in module globals
        parent: Leaf
    try:
        get_type_hints(Leaf)
    except NameError as exc:
        print("NameError:", exc)
    print(get_type_hints(Leaf, localns={"Leaf": Leaf}))


build()

class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def __del__(self):
        print(f"  finalize {self.name}")


def scope():
    local = Node("local")
    print("  leaving scope()")


print("a function's locals die when it returns:")
scope()

print("rebinding a name drops the old object:")
n = Node("old")
n = Node("new")

print("a chain dies link by link, from the head:")
head = Node("a", Node("b", Node("c")))
del head

print("del n:")
del n

"""Names resolve Local, Enclosing, Global, Builtin: the first hit wins."""
import builtins

x = "global x"


def outer():
    x = "enclosing x"

    def inner():
        x = "local x"
        return x

    def reads_enclosing():
        return x

    return inner(), reads_enclosing()


print(outer())
print("global lookup:", x)
print("builtin lookup:", len("abc"), "| from builtins:", builtins.len is len)

len = lambda obj: "shadowed!"        # a global now hides the builtin
print("shadowed:", len("abc"))
del len                              # remove the global; the builtin is back
print("restored:", len("abc"))

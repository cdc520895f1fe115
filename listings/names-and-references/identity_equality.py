class Anything:
    """Claims to be equal to every object."""

    def __eq__(self, other):
        return True


a = [1, 2, 3]
b = [1, 2, 3]
print("a == b:", a == b, "| a is b:", a is b)

nan = float("nan")
print("nan == nan:", nan == nan, "| nan is nan:", nan is nan)
print("nan in [nan]:", nan in [nan])   # containment tries `is` first

x = Anything()
print("x == None:", x == None, "| x is None:", x is None)

# Two live objects never share an id; equal values do not matter.
print("ids differ while both alive:", id(a) != id(b))

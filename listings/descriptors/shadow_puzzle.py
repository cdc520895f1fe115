"""The instance dict overrides a method but not a property."""


class Circle:
    def __init__(self, radius):
        self.radius = radius

    @property
    def diameter(self):
        return 2 * self.radius

    def describe(self):
        return f"circle of radius {self.radius}"


c = Circle(5)
c.__dict__["diameter"] = 99                 # write straight into the instance dict
c.__dict__["describe"] = lambda: "hijacked"

print(sorted(vars(c)))
print(c.diameter)          # which one wins?
print(c.describe())        # and here?

"""A class-based decorator works on functions but breaks on methods."""


class CountCalls:
    def __init__(self, func):
        self.func = func
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)


@CountCalls
def greet(name):
    return f"hi {name}"


print(greet("ana"), "| calls:", greet.calls)


class Robot:
    @CountCalls
    def beep(self):
        return "beep"


print("Robot.beep is a", type(Robot.__dict__["beep"]).__name__)
Robot().beep()       # no `self`: CountCalls has no __get__ to bind it

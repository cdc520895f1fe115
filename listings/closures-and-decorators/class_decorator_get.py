"""Give the decorator a __get__ and it binds like a function does."""
import functools
import types


class CountCalls:
    """Counts calls; works on plain functions and on methods."""

    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.__wrapped__(*args, **kwargs)

    def __get__(self, instance, owner=None):
        if instance is None:          # looked up on the class: no binding
            return self
        return types.MethodType(self, instance)   # self(instance, ...)


class Robot:
    def __init__(self, name):
        self.name = name

    @CountCalls
    def beep(self, times=1):
        return f"{self.name}: " + " ".join(["beep"] * times)


a, b = Robot("a"), Robot("b")
print(a.beep(), "|", b.beep(2))
print("bound method:", type(a.beep).__name__, "| one counter:", Robot.beep.calls)
print("name kept:", Robot.beep.__name__)

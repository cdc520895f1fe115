import sys
import weakref
from collections import Counter

Site = tuple[str, str, int]          # (class, function, line) of an allocation


class AllocationTracker:
    """Count live instances of chosen classes by the code line that made them."""

    def __init__(self) -> None:
        self.live: Counter[Site] = Counter()

    def track(self, cls: type) -> type:
        """Class decorator: record the allocation site of every new instance."""
        init = cls.__init__

        def traced_init(obj: object, *args: object, **kwargs: object) -> None:
            caller = sys._getframe(1)
            site = (cls.__name__, caller.f_code.co_name, caller.f_lineno)
            self.live[site] += 1
            weakref.finalize(obj, self.live.subtract, [site])
            init(obj, *args, **kwargs)

        cls.__init__ = traced_init
        return cls

    def snapshot(self) -> Counter[Site]:
        """The live counts now; unary + drops sites whose count fell to 0."""
        return +self.live


tracker = AllocationTracker()
Point = tracker.track(type("Point", (), {}))   # same as @tracker.track on a class
p = Point()
print(tracker.snapshot())
del p
print(tracker.snapshot())

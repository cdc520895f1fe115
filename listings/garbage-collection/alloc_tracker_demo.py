import sys  # hide
import weakref  # hide
from collections import Counter  # hide
# hide
Site = tuple[str, str, int]          # (class, function, line) of an allocation  # hide
# hide
# hide
class AllocationTracker:  # hide
    """Count live instances of chosen classes by the code line that made them."""  # hide
# hide
    def __init__(self) -> None:  # hide
        self.live: Counter[Site] = Counter()  # hide
# hide
    def track(self, cls: type) -> type:  # hide
        """Class decorator: record the allocation site of every new instance."""  # hide
        init = cls.__init__  # hide
# hide
        def traced_init(obj: object, *args: object, **kwargs: object) -> None:  # hide
            caller = sys._getframe(1)  # hide
            site = (cls.__name__, caller.f_code.co_name, caller.f_lineno)  # hide
            self.live[site] += 1  # hide
            weakref.finalize(obj, self.live.subtract, [site])  # hide
            init(obj, *args, **kwargs)  # hide
# hide
        cls.__init__ = traced_init  # hide
        return cls  # hide
# hide
    def snapshot(self) -> Counter[Site]:  # hide
        """The live counts now; unary + drops sites whose count fell to 0."""  # hide
        return +self.live  # hide
# hide
# hide
def growth(old: Counter[Site], new: Counter[Site]) -> list[tuple[Site, int]]:
    """Sites that gained live objects between two snapshots, biggest first."""
    return sorted((new - old).items(), key=lambda item: -item[1])


tracker = AllocationTracker()


@tracker.track
class Request:
    pass


@tracker.track
class Buffer:
    pass


history = []


def handle(n):
    req = Request()               # dies when handle() returns
    buf = Buffer()                # kept forever by history: the leak
    history.append(buf)


before = tracker.snapshot()
for n in range(500):
    handle(n)
after = tracker.snapshot()
for (cls, func, line), gained in growth(before, after):
    print(f"+{gained} live {cls} objects, allocated in {func}()")
print("live Request objects:", sum(n for s, n in after.items() if s[0] == "Request"))

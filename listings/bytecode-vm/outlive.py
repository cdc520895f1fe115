"""Three things a VM where calls push frames and returns pop them cannot do."""


def countdown(n):
    print("countdown starts")
    while n > 0:
        yield n
        n = n - 1


def make_counter(limit):
    count = 0
    def bump():
        nonlocal count
        if count == limit:
            raise OverflowError("limit reached")
        count = count + 1
        return count
    return bump


ticks = countdown(3)              # runs no line of countdown's body
print("made a", type(ticks).__name__)
print(next(ticks), next(ticks))   # one frame, resumed where it paused
bump = make_counter(2)            # make_counter has returned...
print(bump(), bump())             # ...yet its count lives on
try:
    bump()                        # raised in bump's frame,
except OverflowError as exc:      # handled in this one
    print("caught one frame up:", exc)

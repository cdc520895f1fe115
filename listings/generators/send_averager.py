"""send() makes the yield expression evaluate to a value."""


def averager():
    """Receive numbers through send(); yield the running mean."""
    total = 0.0
    count = 0
    mean = None
    while True:
        value = yield mean       # hand out mean, wait for the next value
        total += value
        count += 1
        mean = total / count


avg = averager()
print("prime:", next(avg))           # run to the first yield
for value in (10, 20, 60):
    print(f"send({value}) ->", avg.send(value))

fresh = averager()
try:
    fresh.send(5)                     # no yield to receive it yet
except TypeError as exc:
    print("TypeError:", exc)

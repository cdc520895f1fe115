import gc
import timeit

calls = {"setup": 0, "stmt": 0}
gc_seen = set()

def setup() -> None:
    calls["setup"] += 1

def stmt() -> None:
    calls["stmt"] += 1
    gc_seen.add(gc.isenabled())

timer = timeit.Timer(stmt, setup)
timer.repeat(repeat=5, number=1000)
print(calls)                          # setup once per repetition
print("gc enabled while timing:", gc_seen, "| afterwards:", gc.isenabled())

# A string statement is pasted into a generated function:
print(timeit.Timer("total += x", setup="total = 0; x = 3").src)

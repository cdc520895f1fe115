import gc

gc.disable()
calls = []
saved = []


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        calls.append(self.name)
        if self.name == "b":
            saved.append(self)          # b's finalizer resurrects b


a, b = Resource("a"), Resource("b")
a.other, b.other = b, a
del a, b
gc.collect()
print("finalizers run:", sorted(calls))
print("uncollectable (gc.garbage):", gc.garbage)
print("resurrected:", [r.name for r in saved], "still linked to a:", saved[0].other.name)
saved.clear()                           # drop the resurrected pair
gc.collect()
print("finalizers after the second collection:", sorted(calls))

import gc

gc.disable()  # hide
finalized = []


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        finalized.append(self.name)


a = Noisy("first")
b = a
del a
print("after del a:      ", finalized)
del b
print("after del b:      ", finalized)

x, y = Noisy("x"), Noisy("y")
x.other, y.other = y, x          # a reference cycle
del x, y
print("after del x, y:   ", finalized)
gc.collect()
print("after gc.collect():", sorted(finalized))

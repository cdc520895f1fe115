import weakref

graveyard = []


class Phoenix:
    finalizer_calls = 0

    def __del__(self):
        Phoenix.finalizer_calls += 1
        graveyard.append(self)          # a new reference: resurrection


p = Phoenix()
probe = weakref.ref(p)
del p
print("after del p: finalizer calls =", Phoenix.finalizer_calls)
print("object resurrected:", len(graveyard) == 1)
print("weakref still sees it:", probe() is not None)
graveyard.clear()                       # the last reference goes again
print("after clearing the graveyard: finalizer calls =", Phoenix.finalizer_calls)
print("resurrected again:", len(graveyard) == 1)

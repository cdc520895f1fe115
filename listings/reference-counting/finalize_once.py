import weakref


class TempDir:
    """Owns a (pretend) directory that must be removed exactly once."""

    def __init__(self, name):
        self.name = name
        self._finalizer = weakref.finalize(self, print, f"  rmtree {name}")

    def remove(self):
        self._finalizer()

    @property
    def removed(self):
        return not self._finalizer.alive


d = TempDir("build-1")
print("explicit remove():")
d.remove()
print("second remove() and then del: nothing more")
d.remove()
print("removed:", d.removed)
del d

print("dropped without remove():")
TempDir("build-2")
print("still alive at exit:")
keep = TempDir("build-3")
print("end of script")

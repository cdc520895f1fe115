import weakref


class Conn:
    def __init__(self, name, buggy):
        self.name = name
        if buggy:
            # The bound method holds a strong reference to self.
            self._fin = weakref.finalize(self, self.close)
        else:
            self._fin = weakref.finalize(self, Conn._close, name)

    def close(self):
        Conn._close(self.name)

    @staticmethod
    def _close(name):
        print(f"  closed {name}")


good = Conn("good", buggy=False)
bad = Conn("bad", buggy=True)
probe = weakref.ref(bad)
print("del good:")
del good
print("del bad:")
del bad
print("bad is still alive:", probe() is not None)
print("end of script; finalizers still pending run at exit:")

import gc


class Session:
    def __init__(self, user):
        self.user = user
        self.handlers = [self.on_close]     # bound method -> self: a cycle

    def on_close(self):
        pass


gc.disable()
gc.collect()
for user in ["ann", "bob", "cy"]:
    Session(user)                           # each one becomes cyclic garbage

gc.set_debug(gc.DEBUG_SAVEALL)              # keep garbage in gc.garbage, don't free it
gc.collect()
gc.set_debug(0)
leaked = [o for o in gc.garbage if isinstance(o, Session)]
print("Session objects saved in gc.garbage:", len(leaked))
print("saved objects still intact:", all(hasattr(s, "user") for s in leaked))
gc.garbage.clear()

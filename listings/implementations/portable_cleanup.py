"""Cleanup at a point you choose, whatever the garbage collector does."""
import contextlib
import weakref

log: list[str] = []


class Connection:
    def close(self) -> None:
        log.append("connection closed")


with contextlib.closing(Connection()):
    log.append("using the connection")
log.append("after the with block")

cache = Connection()
finalizer = weakref.finalize(cache, log.append, "cache finalized")
finalizer()                          # run it now, deterministically
log.append(f"finalizer still pending: {finalizer.alive}")
del cache                            # the collector has nothing left to do
print(*log, sep="\n")

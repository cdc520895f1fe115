"""When does __del__ run? Here: as soon as the last reference goes."""
import gc

events: list[str] = []


class Resource:
    def __init__(self, name: str) -> None:
        self.name = name

    def __del__(self) -> None:
        events.append(f"__del__ of {self.name}")


plain = Resource("plain")
del plain
events.append("statement after del plain")

looped = Resource("looped")
looped.self_ref = looped              # a cycle: the count never reaches 0
del looped
events.append("statement after del looped")
gc.collect()
events.append("statement after gc.collect()")
print(*events, sep="\n")

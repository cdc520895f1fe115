import gc

events = []


def watch(phase, info):
    """Called by the collector at the start and the end of every collection."""
    events.append((phase, info["generation"], info["collected"], sorted(info)))


class Node:
    pass


a, b = Node(), Node()
a.other, b.other = b, a
del a, b

gc.callbacks.append(watch)
gc.collect()
gc.callbacks.remove(watch)

for phase, generation, collected, keys in events:
    found = f" found garbage: {collected > 0}" if phase == "stop" else ""
    print(f"{phase:5} generation={generation}{found}")
print("info keys:", keys)

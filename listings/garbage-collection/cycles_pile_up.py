import gc


class Node:
    alive = 0

    def __init__(self):
        Node.alive += 1

    def __del__(self):
        Node.alive -= 1


def make_cycle():
    a, b = Node(), Node()
    a.other, b.other = b, a     # a <-> b: refcounts never reach zero


gc.disable()
for _ in range(10_000):
    make_cycle()
print("gc disabled, nodes alive after the loop:", Node.alive)
gc.collect()
print("after gc.collect():", Node.alive)

gc.enable()
for _ in range(10_000):
    make_cycle()
print("gc enabled, some freed during the loop:", Node.alive < 20_000)
print("but not all of them:", Node.alive > 0)
gc.collect()
print("after gc.collect():", Node.alive)

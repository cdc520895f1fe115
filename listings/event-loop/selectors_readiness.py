import selectors
import socket

left, right = socket.socketpair()          # two connected sockets
right.setblocking(False)
sel = selectors.DefaultSelector()
sel.register(right, selectors.EVENT_READ, data="right")


def readable() -> list[str]:
    """Ask the kernel, without waiting, which registered sockets have data."""
    return [key.data for key, mask in sel.select(timeout=0)]


print("readable before any send:", readable())
try:
    right.recv(100)
except BlockingIOError:
    print("recv on an empty non-blocking socket: BlockingIOError")

left.send(b"ping")
print("readable after send:", readable())
print("recv ->", right.recv(100))
print("readable after recv:", readable())

left.close()
print("readable after the peer closed:", readable())
print("recv ->", right.recv(100), "(end of stream)")
sel.close()
right.close()

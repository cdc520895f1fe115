# A listing has a private loopback: its own servers work, nothing else is reachable.
import socket
attempt("connect to the host's loopback", lambda: socket.create_connection(("127.0.0.1", {PORT}), timeout=2))
server = socket.create_server(("127.0.0.1", 0))
client = socket.create_connection(server.getsockname(), timeout=2)
conn, _ = server.accept()
client.sendall(b"ping")
print("own loopback:", conn.recv(4).decode())
# expect: connect to the host's loopback blocked
# expect: own loopback: ping

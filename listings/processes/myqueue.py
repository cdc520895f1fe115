import os
import pickle
import struct
from typing import Any


class MiniQueue:
    """Many writers, one reader: pickled objects, length-prefixed, over a pipe."""

    def __init__(self) -> None:
        r, self._w = os.pipe()
        self._reader = os.fdopen(r, "rb")        # buffered: read(n) waits for n bytes

    def put(self, obj: Any) -> None:
        data = pickle.dumps(obj)
        frame = struct.pack("!I", len(data)) + data
        if len(frame) > 4096:                    # PIPE_BUF on Linux
            raise ValueError("frame too big to write atomically without a lock")
        os.write(self._w, frame)                 # atomic: frames never interleave

    def get(self) -> Any:
        header = self._reader.read(4)
        if len(header) < 4:
            raise EOFError("every writer has closed the pipe")
        (size,) = struct.unpack("!I", header)
        return pickle.loads(self._reader.read(size))


q = MiniQueue()
for child in range(3):
    if os.fork() == 0:
        for seq in range(3):
            q.put((child, seq, "x" * 100 * seq))
        os._exit(0)
got = [q.get() for _ in range(9)]
for _ in range(3):
    os.wait()                                    # reap the three children
print("per-child order kept:",
      all([s for c, s, _ in got if c == k] == [0, 1, 2] for k in range(3)))
print(sorted((c, s, len(text)) for c, s, text in got))

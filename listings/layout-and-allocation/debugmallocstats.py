import os
import re
import struct
import sys
import tempfile

P = struct.calcsize("P")
ALIGNMENT = 16 if P > 4 else 8
# struct pool_header: ref, freeblock, nextpool, prevpool, then four uints.
POOL_OVERHEAD = -(-struct.calcsize("PPPPIIII") // ALIGNMENT) * ALIGNMENT


def mallocstats() -> str:
    """Run sys._debugmallocstats(), which writes to C's stderr, and capture it."""
    with tempfile.TemporaryFile(mode="w+") as tmp:
        saved = os.dup(2)
        os.dup2(tmp.fileno(), 2)       # point file descriptor 2 at the file
        try:
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        tmp.seek(0)
        return tmp.read()


text = mallocstats()
head = re.search(r"Small block threshold = (\d+), in (\d+) size classes", text)
if head is None:
    print("no pymalloc statistics: this build does not use pymalloc")
else:
    arena = int(re.search(r"(\d+) bytes/arena", text)[1])
    pool = int(re.search(r"unused pools \* (\d+) bytes", text)[1])
    print(f"threshold {head[1]} bytes, {head[2]} size classes")
    print(f"arena {arena // 1024} KiB, pool {pool // 1024} KiB, {arena // pool} pools an arena")
    rows = re.findall(r"^\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)$", text, re.M)
    fits = all(int(used) + int(avail) == int(pools) * ((pool - POOL_OVERHEAD) // int(size))
               for _, size, pools, used, avail in rows)
    print(f"every pool holds (pool size - {POOL_OVERHEAD}) // block size blocks:", fits)

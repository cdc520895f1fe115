class BufferPool:
    """Reusable fixed-size buffers: allocate only when no free buffer is left."""

    def __init__(self, size: int, scrub: bool) -> None:
        self.size = size
        self.scrub = scrub
        self.free: list[bytearray] = []
        self.allocations = 0

    def acquire(self) -> bytearray:
        if self.free:
            return self.free.pop()
        self.allocations += 1
        return bytearray(self.size)

    def release(self, buf: bytearray) -> None:
        if self.scrub:
            buf[:] = bytes(self.size)     # wipe before reuse
        self.free.append(buf)


pool = BufferPool(4096, scrub=False)
for request in range(1000):
    buf = pool.acquire()
    buf[:5] = b"hello"
    pool.release(buf)
print("1000 requests, buffers allocated:", pool.allocations)

held = [pool.acquire() for _ in range(3)]   # three in use at once
print("after 3 concurrent users:", pool.allocations)

first = pool.acquire()
first[:6] = b"secret"
pool.release(first)
print("next user sees:", bytes(pool.acquire()[:6]))

safe = BufferPool(16, scrub=True)
buf = safe.acquire(); buf[:6] = b"secret"; safe.release(buf)
print("with scrubbing:", bytes(safe.acquire()[:6]))

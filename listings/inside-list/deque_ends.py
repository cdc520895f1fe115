from collections import deque

jobs = deque(["b", "c"])
jobs.append("d")        # enqueue on the right
jobs.appendleft("a")    # push on the left: no other element moves
print(list(jobs))
print("FIFO order:", [jobs.popleft() for _ in range(len(jobs))])

recent = deque(maxlen=3)  # a bounded buffer drops from the far end
for reading in [10, 20, 30, 40, 50]:
    recent.append(reading)
print("last three:", list(recent))

ring = deque(range(6))
ring.rotate(2)            # move the last two to the front
print("rotated:", list(ring))

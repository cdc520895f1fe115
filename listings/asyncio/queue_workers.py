import asyncio
from collections import Counter


async def producer(queue: asyncio.Queue[int], stats: Counter[str]) -> None:
    for item in range(6):
        if queue.full():
            stats["producer had to wait"] += 1
        await queue.put(item)                # waits while the queue is full
        stats["largest queue size"] = max(stats["largest queue size"],
                                          queue.qsize())


async def worker(name: str, queue: asyncio.Queue[int], done: list[str]) -> None:
    while True:
        item = await queue.get()
        await asyncio.sleep(0)                # pretend to process it
        done.append(f"{name}:{item}")
        queue.task_done()


async def main() -> None:
    queue: asyncio.Queue[int] = asyncio.Queue(maxsize=2)
    stats: Counter[str] = Counter()
    done: list[str] = []
    workers = [asyncio.create_task(worker(f"w{i}", queue, done)) for i in range(2)]
    await producer(queue, stats)
    await queue.join()                        # every item marked done
    for w in workers:
        w.cancel()
    print(dict(stats))
    print("processed:", done)


asyncio.run(main())

import asyncio

passes = 0


async def count_passes(stop: asyncio.Event) -> None:      # one turn per pass
    global passes
    while not stop.is_set():
        passes += 1
        await asyncio.sleep(0)


async def request(i: int) -> int:
    for _ in range(3):                       # three waits for the "network"
        await asyncio.sleep(0)
    return i


async def sequential(n: int) -> list[int]:
    return [await request(i) for i in range(n)]


async def concurrent(n: int) -> list[int]:
    return await asyncio.gather(*(request(i) for i in range(n)))


async def measure(main, n: int) -> None:
    global passes
    passes = 0
    counter = asyncio.create_task(count_passes(stop := asyncio.Event()))
    results = await main(n)
    stop.set()
    await counter
    print(f"{main.__name__:>10}, {n:>3} requests: {passes:>3} loop passes,",
          "results in order:", results == list(range(n)))


for main, n in ((sequential, 5), (sequential, 100),
                (concurrent, 5), (concurrent, 100)):
    asyncio.run(measure(main, n))

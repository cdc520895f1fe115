import asyncio

in_flight = peak = 0


async def download(n: int, limit: asyncio.Semaphore) -> int:
    global in_flight, peak
    async with limit:                        # at most 3 inside at once
        in_flight += 1
        peak = max(peak, in_flight)
        for _ in range(n % 3 + 1):           # 1 to 3 turns of "network I/O"
            await asyncio.sleep(0)
        in_flight -= 1
    return n * n


async def main() -> None:
    limit = asyncio.Semaphore(3)
    results = await asyncio.gather(*(download(n, limit) for n in range(10)))
    print("results:", results)
    print("peak concurrent downloads:", peak)


asyncio.run(main())

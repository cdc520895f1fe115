import asyncio


class Ticker:
    """An asynchronous iterator written by hand: __aiter__ and __anext__."""

    def __init__(self, n: int) -> None:
        self.i, self.n = 0, n

    def __aiter__(self) -> "Ticker":
        return self

    async def __anext__(self) -> int:
        if self.i == self.n:
            raise StopAsyncIteration
        await asyncio.sleep(0)              # may suspend between items
        self.i += 1
        return self.i


async def ticks(n: int):
    """The same iterator as an asynchronous generator (PEP 525)."""
    for i in range(1, n + 1):
        await asyncio.sleep(0)
        yield i


async def main() -> None:
    print("class:    ", [i async for i in Ticker(3)])
    print("generator:", [i async for i in ticks(3)])
    gen = ticks(3)
    print("types:", type(gen).__name__, hasattr(gen, "__anext__"))
    print("first item by hand:", await anext(gen))
    await gen.aclose()                       # finalize it deterministically


asyncio.run(main())

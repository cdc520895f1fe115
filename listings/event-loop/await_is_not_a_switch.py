import asyncio


async def tick(name: str, n: int) -> str:
    """Print n steps, calling await asyncio.sleep(0) after each."""
    for i in range(n):
        print(f"  {name}{i}")
        await asyncio.sleep(0)
    return name


async def no_yield(name: str, n: int) -> str:
    """The same steps, awaiting coroutines that never suspend."""
    async def step() -> None:
        pass
    for i in range(n):
        print(f"  {name}{i}")
        await step()
    return name


async def main() -> None:
    print("await one after another:")
    await tick("a", 2)
    await tick("b", 2)
    print("gather, each step ends in sleep(0):")
    await asyncio.gather(tick("a", 2), tick("b", 2))
    print("gather, each step awaits a coroutine that never yields:")
    await asyncio.gather(no_yield("a", 2), no_yield("b", 2))


asyncio.run(main())

import asyncio


async def worker(name: str, ticks: int, fail: bool = False) -> str:
    """Take `ticks` turns of the event loop, then fail or finish."""
    try:
        for _ in range(ticks):
            await asyncio.sleep(0)
        if fail:
            raise ValueError(f"{name} failed")
        print(f"{name} finished")
        return name
    except asyncio.CancelledError:
        print(f"{name} was cancelled, cleans up")
        raise


async def main() -> None:
    try:
        async with asyncio.TaskGroup() as tg:
            slow = tg.create_task(worker("slow", 3))
            tg.create_task(worker("bad", 1, fail=True))
        print("not reached")
    except ExceptionGroup as group:
        print("caught", type(group).__name__, repr(group.message))
        print("it holds:", [repr(exc) for exc in group.exceptions])
    print("slow.cancelled():", slow.cancelled())


asyncio.run(main())

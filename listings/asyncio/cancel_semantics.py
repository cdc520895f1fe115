import asyncio


async def polite(log: list[str]) -> None:
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("polite: cleaning up")
        await asyncio.sleep(0)       # cleanup may itself await
        raise


async def stubborn(log: list[str]) -> str:
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("stubborn: swallowed the CancelledError")
    return "finished anyway"


async def main() -> None:
    for coro_fn in (polite, stubborn):
        log: list[str] = []
        task = asyncio.create_task(coro_fn(log))
        await asyncio.sleep(0)               # let it reach its await
        print(f"{coro_fn.__name__}: cancel() -> {task.cancel()}")
        await asyncio.wait([task])
        print("  log:", log)
        print("  cancelled():", task.cancelled(), "cancelling():", task.cancelling())
        if not task.cancelled():
            print("  result():", task.result())


asyncio.run(main())

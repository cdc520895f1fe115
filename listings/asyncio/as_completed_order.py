import asyncio


async def job(name: str, turns: int) -> str:
    """Finish after `turns` passes of the event loop: a countable delay."""
    for _ in range(turns):
        await asyncio.sleep(0)
    return f"{name}({turns})"


async def main() -> None:
    specs = [("a", 9), ("b", 1), ("c", 5)]
    print("gather:      ", await asyncio.gather(*(job(n, t) for n, t in specs)))

    finished = []
    for next_done in asyncio.as_completed([job(n, t) for n, t in specs]):
        finished.append(await next_done)     # earliest remaining result
    print("as_completed:", finished)

    tasks = {asyncio.create_task(job(n, t)): n for n, t in specs}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("wait(FIRST_COMPLETED): done", sorted(tasks[t] for t in done),
          "pending", sorted(tasks[t] for t in pending))
    await asyncio.wait(pending)


asyncio.run(main())

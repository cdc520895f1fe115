import asyncio


async def child(log: list[str]) -> None:
    log.append("child starts")
    await asyncio.sleep(0)
    log.append("child ends")


async def main(eager: bool) -> list[str]:
    loop = asyncio.get_running_loop()
    loops.append(loop)
    if eager:
        loop.set_task_factory(asyncio.eager_task_factory)   # 3.12+
    log: list[str] = []
    task = asyncio.create_task(child(log))
    log.append("create_task returned")
    await task
    return log


loops: list[asyncio.AbstractEventLoop] = []
with asyncio.Runner() as runner:
    print("default:", runner.run(main(eager=False)))
    print("eager:  ", runner.run(main(eager=True)))
print("both runs used one loop:", loops[0] is loops[1])

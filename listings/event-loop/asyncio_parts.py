import asyncio


async def sleeper() -> str:
    await asyncio.sleep(0.01)
    return "slept"


def kinds(handles: object) -> list[str]:
    return [type(h).__name__ for h in handles]


async def main() -> None:
    loop = asyncio.get_running_loop()
    print("loop:", type(loop).__name__, "with", type(loop._selector).__name__)
    loop.call_soon(print, "(a plain callback ran)")
    print("after call_soon:  _ready =", kinds(loop._ready))
    task = asyncio.create_task(sleeper())
    print("after create_task: _ready =", kinds(loop._ready))
    await asyncio.sleep(0)              # one pass: both callbacks run
    timer = loop._scheduled[0]
    print("sleeper awaits sleep(0.01): _scheduled =", kinds(loop._scheduled))
    print("the timer will call", timer._callback.__name__)
    print("the task is parked on a", type(task._fut_waiter).__name__)
    print("await task ->", await task)


asyncio.run(main())

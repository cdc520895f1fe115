import warnings  # hide
warnings.filterwarnings("ignore", r"the \(type, val, tb\)", DeprecationWarning)  # hide
import asyncio


async def worker(name: str, ticks: int, fail: bool = False) -> str:
    """Take `ticks` turns of the event loop, then fail or finish."""
    for _ in range(ticks):
        await asyncio.sleep(0)
    if fail:
        raise ValueError(f"{name} failed")
    print(f"{name} finished")
    return name


async def main() -> None:
    try:
        await asyncio.gather(worker("bad", 1, fail=True), worker("slow", 3))
    except ValueError as exc:
        print("main caught:", exc)
    print("main goes on with other work")
    for _ in range(5):
        await asyncio.sleep(0)
    print("main returns")


asyncio.run(main())

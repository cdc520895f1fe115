import warnings  # hide
warnings.filterwarnings("ignore", r"the \(type, val, tb\)", DeprecationWarning)  # hide
import asyncio
import gc
import weakref


async def wait_for_signal(log: list[str]) -> None:
    try:
        await asyncio.get_running_loop().create_future()   # nobody can set it
    finally:
        log.append("the coroutine was closed")


def report(loop: asyncio.AbstractEventLoop, context: dict) -> None:
    print("loop reports:", context["message"].splitlines()[0])


async def main() -> None:
    asyncio.get_running_loop().set_exception_handler(report)
    log: list[str] = []
    background: set[asyncio.Task] = set()
    kept = asyncio.create_task(wait_for_signal(log))
    background.add(kept)                       # a strong reference
    kept.add_done_callback(background.discard)  # dropped when done
    lost = weakref.ref(asyncio.create_task(wait_for_signal(log)))
    await asyncio.sleep(0)                   # both start and suspend
    gc.collect()
    print("unreferenced task still exists:", lost() is not None)
    print("referenced task still pending:", not kept.done())
    print("log:", log)
    kept.cancel()


asyncio.run(main())

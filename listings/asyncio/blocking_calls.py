import asyncio
import threading


def blocking_wait(signal: threading.Event) -> bool:
    """A blocking call: wait up to 0.2 s for a signal. True if it came."""
    return signal.wait(timeout=0.2)


async def send_signal(signal: threading.Event) -> None:
    await asyncio.sleep(0)      # the loop must give this task a turn
    signal.set()


async def attempt(how: str) -> None:
    signal = threading.Event()
    sender = asyncio.create_task(send_signal(signal))
    loop = asyncio.get_running_loop()
    if how == "called inline":
        got = blocking_wait(signal)              # the loop is stuck here
    elif how == "run_in_executor":
        got = await loop.run_in_executor(None, blocking_wait, signal)
    else:
        got = await asyncio.to_thread(blocking_wait, signal)
    await sender
    print(f"{how:>15}: signal arrived while blocked: {got}")


async def main() -> None:
    for how in ("called inline", "run_in_executor", "to_thread"):
        await attempt(how)


asyncio.run(main())

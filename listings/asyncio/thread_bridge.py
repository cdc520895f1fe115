import asyncio
import concurrent.futures
import contextvars
import threading

request = contextvars.ContextVar("request", default="(not set)")


def on_loop_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


async def lookup(key: str) -> str:
    """A coroutine: it must run on the event loop."""
    await asyncio.sleep(0)
    return f"{key}: looked up on the loop's thread: {on_loop_thread()}"


def blocking_job(loop: asyncio.AbstractEventLoop, how: str) -> str:
    """Blocking code in a worker thread that needs the loop's help."""
    fut = asyncio.run_coroutine_threadsafe(lookup(how), loop)
    print(f"  {how}: worker thread: {not on_loop_thread()}, request: {request.get()},",
          "concurrent future:", isinstance(fut, concurrent.futures.Future))
    return fut.result(timeout=5)  # blocks this worker thread, not the loop


async def main() -> None:
    request.set("r-42")
    loop = asyncio.get_running_loop()
    print(await asyncio.to_thread(blocking_job, loop, "to_thread"))
    print(await loop.run_in_executor(None, blocking_job, loop, "run_in_executor"))
    done = loop.create_future()
    thread = threading.Thread(target=loop.call_soon_threadsafe, args=(done.set_result, "hi"))
    thread.start()
    print("call_soon_threadsafe delivered:", await done)
    thread.join()


asyncio.run(main())

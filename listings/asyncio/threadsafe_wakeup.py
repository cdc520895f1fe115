import asyncio
import selectors
import threading
import time

idle = threading.Event()  # set when the loop is about to sleep with no timeout


class TellingSelector(selectors.DefaultSelector):
    def select(self, timeout=None):
        if timeout is None:
            idle.set()
        return super().select(timeout)


def poke(loop, fut):
    idle.wait()  # the loop has nothing to do: it is asleep in select()
    loop.call_soon(fut.set_result, "set by call_soon")  # wrong from a thread
    time.sleep(0.2)
    print("0.2 s after call_soon, future done:", fut.done())
    loop.call_soon_threadsafe(print, "call_soon_threadsafe's callback ran")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    thread = threading.Thread(target=poke, args=(loop, fut))
    thread.start()
    print("main got:", await fut)
    thread.join()


asyncio.run(main(), loop_factory=lambda: asyncio.SelectorEventLoop(TellingSelector()))

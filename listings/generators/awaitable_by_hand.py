"""async/await is the generator protocol: await forwards send() to __await__."""
import types


class Sleep:
    """An awaitable whose __await__ is a generator that yields a request."""

    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        reply = yield ("sleep", self.ticks)
        return reply


@types.coroutine
def legacy_sleep(ticks):
    """A generator-based coroutine, made awaitable by types.coroutine."""
    reply = yield ("sleep", ticks)
    return reply


async def job():
    a = await Sleep(2)
    b = await legacy_sleep(1)
    return f"job done ({a}, {b})"


coro = job()
print(type(coro).__name__, hasattr(coro, "__next__"), hasattr(coro, "send"))
print("yielded:", coro.send(None))          # runs to the first yield
print("yielded:", coro.send("woke-1"))      # resumes Sleep.__await__
try:
    coro.send("woke-2")
except StopIteration as stop:
    print("StopIteration.value =", repr(stop.value))

"""An unfinished async generator is handed to the finalizer hook."""
import sys

abandoned = []


def firstiter(agen):
    print("hook firstiter:", agen.__qualname__)


def finalizer(agen):
    print("hook finalizer:", agen.__qualname__, "- kept for later")
    abandoned.append(agen)  # an event loop would schedule agen.aclose()


async def numbers():
    try:
        for n in range(3):
            yield n
    finally:
        print("numbers: finally")


async def first_number():
    async for n in numbers():
        return n  # leaves the async generator suspended at its yield


sys.set_asyncgen_hooks(firstiter, finalizer)
try:
    first_number().send(None)
except StopIteration as stop:
    print("first_number returned", stop.value)
print("abandoned:", len(abandoned))
closing = abandoned.pop().aclose()  # an awaitable, driven by hand
try:
    closing.send(None)
except StopIteration:
    print("aclose() finished")

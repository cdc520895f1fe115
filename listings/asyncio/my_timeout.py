import asyncio


class Timeout:
    """asyncio.timeout() in small: only its own cancellation becomes TimeoutError."""

    def __init__(self, delay: float) -> None:
        self.delay, self.expired = delay, False

    async def __aenter__(self) -> None:
        self.task = asyncio.current_task()
        self.before = self.task.cancelling()     # requests already pending
        self.timer = asyncio.get_running_loop().call_later(self.delay, self.fire)

    def fire(self) -> None:
        self.expired = self.task.cancel()

    async def __aexit__(self, exc_type: type[BaseException] | None, *_: object) -> None:
        self.timer.cancel()
        ours = self.expired and self.task.uncancel() <= self.before
        if ours and exc_type is not None and issubclass(exc_type, asyncio.CancelledError):
            raise TimeoutError                   # the CancelledError was ours


async def body(make, delay: float, work: float) -> str:
    async with make(delay):
        return await asyncio.sleep(work, "in time")


async def main() -> None:
    for make in (Timeout, asyncio.timeout):
        fast, slow, outside = [asyncio.create_task(body(make, *args))
                               for args in ((10, 0), (0.01, 10), (10, 10))]
        asyncio.get_running_loop().call_soon(outside.cancel)   # someone else's cancel
        await asyncio.wait([fast, slow, outside])
        print(f"{make.__name__}: fast {fast.result()!r}; slow {slow.exception()!r},",
              f"cancelling() {slow.cancelling()}; outside cancelled() {outside.cancelled()}")


asyncio.run(main())

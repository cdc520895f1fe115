import asyncio
import logging
import re
import time


class Collect(logging.Handler):
    """Keep the asyncio logger's messages instead of printing them."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


async def main() -> float:
    time.sleep(0.15)                 # a blocking call inside a coroutine
    return asyncio.get_running_loop().slow_callback_duration


handler = Collect()
logging.getLogger("asyncio").addHandler(handler)
threshold = asyncio.run(main(), debug=True)
print("slow_callback_duration:", threshold, "seconds")
slow = [m for m in handler.messages
        if re.match(r"Executing <Task .*coro=<main\(\).* took [\d.]+ seconds$", m)]
print("warnings about a slow step of main():", len(slow))

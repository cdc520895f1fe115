import asyncio


async def slow_query(log: list[str]) -> str:
    log.append("query started")
    try:
        await asyncio.sleep(10)              # far longer than the deadline
        return "rows"
    except asyncio.CancelledError:
        log.append("query got CancelledError")
        raise                                 # let the cancellation finish
    finally:
        log.append("query cleaned up")


async def main() -> None:
    log: list[str] = []
    try:
        async with asyncio.timeout(0.01) as cm:
            await slow_query(log)
    except TimeoutError:
        log.append("caller got TimeoutError")
    print(log)
    print("cm.expired():", cm.expired())

    log.clear()
    try:
        await asyncio.wait_for(slow_query(log), timeout=0.01)
    except TimeoutError:
        log.append("caller got TimeoutError")
    print(log)


asyncio.run(main())

import warnings  # hide
warnings.filterwarnings("ignore", r"the \(type, val, tb\)", DeprecationWarning)  # hide
import asyncio


async def save(log: list[str]) -> str:
    """Work that must not be interrupted half-way."""
    log.append("save started")
    await asyncio.sleep(0.05)
    log.append("save finished")
    return "saved"


async def main() -> None:
    log: list[str] = []
    inner = asyncio.create_task(save(log))
    try:
        async with asyncio.timeout(0.01):
            await asyncio.shield(inner)
    except TimeoutError:
        log.append("caller timed out")
    log.append(f"inner cancelled: {inner.cancelled()}")
    log.append(f"await inner -> {await inner}")
    print("\n".join(log))


asyncio.run(main())

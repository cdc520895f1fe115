import asyncio
from contextlib import asynccontextmanager


class Connection:
    """An asynchronous context manager: __aenter__ and __aexit__ may await."""

    async def __aenter__(self) -> "Connection":
        await asyncio.sleep(0)               # e.g. a network handshake
        print("  connected")
        return self

    async def __aexit__(self, exc_type, exc, tb) -> bool:
        await asyncio.sleep(0)               # e.g. a polite goodbye
        print("  closed after", exc_type.__name__ if exc_type else "success")
        return False                         # do not swallow exceptions


@asynccontextmanager
async def transaction(name: str):
    print(f"  begin {name}")
    try:
        yield name
        print(f"  commit {name}")
    except Exception:
        print(f"  rollback {name}")
        raise


async def main() -> None:
    async with Connection(), transaction("t1"):
        pass
    try:
        async with Connection(), transaction("t2"):
            raise KeyError("boom")
    except KeyError:
        print("  KeyError propagated")


asyncio.run(main())

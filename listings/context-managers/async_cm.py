"""async with awaits __aenter__ and __aexit__ on the event loop."""
import asyncio
import contextlib


class Connection:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0)                 # a real one would await a socket
        print(f"  connect {self.name}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print(f"  disconnect {self.name} (error: {exc_type and exc_type.__name__})")


@contextlib.asynccontextmanager
async def transaction(conn):
    print(f"  begin on {conn.name}")
    try:
        yield
        print("  commit")
    except Exception:
        print("  rollback")
        raise


async def main():
    async with Connection("primary") as conn, transaction(conn):
        print("  write rows")
    try:
        async with Connection("flaky") as conn, transaction(conn):
            raise ValueError("bad row")
    except ValueError as exc:
        print("  caller got", repr(exc))

asyncio.run(main())

"""Who runs an abandoned async generator's finally, and when."""
import asyncio
import contextlib


async def rows(tag):
    try:
        for n in range(3):
            yield n
    finally:
        await asyncio.sleep(0)  # cleanup that awaits, such as closing a cursor
        print(f"  {tag}: finally done")


async def main():
    async with contextlib.aclosing(rows("aclosing")) as it:
        async for n in it:
            break
    print("after the aclosing block")

    async for n in rows("dropped"):
        break
    print("after the loop that dropped its generator")
    for _ in range(3):
        await asyncio.sleep(0)
    print("three loop passes later")

    kept = rows("kept")
    await anext(kept)
    print("main returns a suspended generator")
    return kept


kept = asyncio.run(main())
print("asyncio.run returned")

import asyncio


async def fetch(key: str) -> str:
    await asyncio.sleep(0)
    if key == "missing":
        raise KeyError(key)
    if not key.isalpha():
        raise ValueError(f"bad key {key!r}")
    return key.upper()


async def main() -> None:
    try:
        async with asyncio.TaskGroup() as tg:
            for key in ("ok", "missing", "b@d", "n0pe"):
                tg.create_task(fetch(key))
    except* KeyError as group:
        print("KeyError handler got", len(group.exceptions), "exception")
    except* ValueError as group:
        print("ValueError handler got", len(group.exceptions), "exceptions:")
        for exc in group.exceptions:
            print("   ", exc)


asyncio.run(main())

plain = ExceptionGroup("two", [KeyError("k"), OSError("disk")])
try:
    try:
        raise plain
    except KeyError:
        print("never printed: a group is not a KeyError")
except ExceptionGroup as group:
    print("plain except skipped the group;", "split:",
          [type(e).__name__ for e in group.split(KeyError)[0].exceptions])

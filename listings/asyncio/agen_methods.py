"""asend, athrow and aclose return awaitables; an event loop awaits them."""
import asyncio


async def counter():
    n = 0
    while True:
        try:
            got = yield n
            print("  counter got", repr(got))
            n += 1
        except ValueError as exc:
            print("  counter caught", repr(exc), "- resetting")
            n = 0


async def resource():
    try:
        yield "open"
    finally:
        print("  resource: cleanup starts")
        await asyncio.sleep(0)  # an async generator's cleanup may await
        print("  resource: cleanup done")


async def main():
    gen = counter()
    print("anext  ->", await anext(gen))
    print("asend  ->", await gen.asend("hello"))
    print("athrow ->", await gen.athrow(ValueError("reset")))
    res = resource()
    print("anext  ->", await anext(res))
    print("aclose ->", await res.aclose())
    print("anext  ->", await anext(res, "exhausted"))


asyncio.run(main())

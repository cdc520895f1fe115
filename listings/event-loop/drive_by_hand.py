import asyncio

loop = asyncio.new_event_loop()        # created, never run
fut = loop.create_future()


async def leaf() -> str:
    return await fut


async def middle() -> str:
    return await leaf()


async def top() -> str:
    await asyncio.sleep(0)
    data = await middle()
    return data.upper()


coro = top()
print("1st send(None) yielded:", coro.send(None))
yielded = coro.send(None)
print("2nd send(None) yielded fut itself:", yielded is fut)

chain, link = [], coro
while hasattr(link, "cr_await"):       # follow the suspended await chain
    chain.append(link.cr_code.co_name)
    link = link.cr_await
print("await chain:", " -> ".join(chain), "->", type(link).__name__)

fut.set_result("payload")
try:
    coro.send(None)
except StopIteration as stop:
    print("3rd send(None) raised StopIteration:", stop.value)
loop.close()

import asyncio
import sys


async def leaf() -> None:
    if sys.version_info < (3, 14):
        print("asyncio.capture_call_graph() needs Python 3.14")
        return
    graph = asyncio.capture_call_graph()      # the calling task's graph
    print("task:", graph.future.get_name())
    print("its await stack:", [e.frame.f_code.co_name for e in graph.call_stack])
    for parent in graph.awaited_by:
        print("awaited by task:", parent.future.get_name(), "suspended in",
              [e.frame.f_code.co_qualname for e in parent.call_stack])


async def middle() -> None:
    await leaf()


async def main() -> None:
    asyncio.current_task().set_name("main")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(middle(), name="worker")


asyncio.run(main())

"""send(), throw() and close() all travel down the await to __await__."""


class Signal:
    """An awaitable whose __await__ generator reports what reaches it."""

    def __await__(self):
        try:
            reply = yield "waiting"  # this is what the driver receives
            print("    __await__ received", repr(reply))
            return reply
        except KeyError as exc:
            print("    __await__ caught", repr(exc))
            return "recovered"  # becomes the value of the await
        finally:
            print("    __await__ finally")


async def handler():
    value = await Signal()
    print("    await evaluated to", repr(value))
    return value


for action in ("send", "throw", "close"):
    coro = handler()
    print(f"{action}: first send(None) gave {coro.send(None)!r},",
          "cr_await is a", type(coro.cr_await).__name__)
    try:
        if action == "send":
            coro.send("data")
        elif action == "throw":
            coro.throw(KeyError("gone"))
        else:
            coro.close()
            print("    closed; frame gone:", coro.cr_frame is None)
    except StopIteration as stop:
        print("    StopIteration carried", repr(stop.value))

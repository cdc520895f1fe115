"""An echo server and its client, both on asyncio streams, over loopback."""
import asyncio


async def handle(reader, writer):
    """The server side of one connection: echo each line upper-cased."""
    while line := await reader.readline():  # b"" once the client sent EOF
        writer.write(line.upper())
        await writer.drain()
    print("server: EOF from the client, closing")
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)  # 0: any free port
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("write buffer limits (low, high):", writer.transport.get_write_buffer_limits())
    for word in (b"hello", b"streams"):
        writer.write(word + b"\n")
        await writer.drain()
        print("client got", await reader.readline())
    writer.write_eof()  # half-close: no more data from this side
    print("client: rest of the stream:", await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())

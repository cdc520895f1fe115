import asyncio
import socket

DATA = b"x" * (4 * 1024 * 1024)  # far more than the kernel's socket buffers take

class Source(asyncio.Protocol):
    """A client protocol that reports the transport's flow-control calls."""
    def connection_made(self, transport):
        self.transport, self.resumed = transport, asyncio.Event()
        transport.get_extra_info("socket").setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 65536)

    def pause_writing(self):
        high = self.transport.get_write_buffer_limits()[1]
        print("pause_writing: buffer above high:", self.transport.get_write_buffer_size() > high)

    def resume_writing(self):
        low = self.transport.get_write_buffer_limits()[0]
        print("resume_writing: buffer at most low:", self.transport.get_write_buffer_size() <= low)
        self.resumed.set()

async def main():
    loop = asyncio.get_running_loop()
    reading, received = asyncio.Event(), loop.create_future()
    async def handle(reader, writer):  # the server reads nothing until told to
        await reading.wait()
        received.set_result(await reader.read())
        writer.close()

    async with await asyncio.start_server(handle, "127.0.0.1", 0) as server:
        server.sockets[0].setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536)
        transport, source = await loop.create_connection(Source, *server.sockets[0].getsockname())
        transport.write(DATA)  # never blocks: what the kernel does not take stays buffered
        print("write() returned")
        reading.set()
        await source.resumed.wait()
        transport.write_eof()  # sent after the last buffered byte
        print("server read it all:", await received == DATA)
        transport.close()

asyncio.run(main())

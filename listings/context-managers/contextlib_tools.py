"""Small contextlib tools: each one is a tiny __enter__/__exit__ pair."""
import contextlib
import io
import os


with contextlib.suppress(FileNotFoundError):
    os.remove("no-such-file.txt")
    print("never printed")
print("suppress: the missing file was ignored")

buffer = io.StringIO()
with contextlib.redirect_stdout(buffer):
    print("this goes into the buffer")
print("redirect_stdout captured:", repr(buffer.getvalue()))


class Connection:
    def close(self):
        print("closing: close() called")


with contextlib.closing(Connection()) as conn:
    print("closing: using", type(conn).__name__)


def maybe_locked(lock=None):
    with lock if lock is not None else contextlib.nullcontext("no lock") as got:
        return got


print("nullcontext:", maybe_locked())

os.mkdir("sub")
with contextlib.chdir("sub"):
    print("chdir: inside", os.path.basename(os.getcwd()))
print("chdir: back, cwd has sub:", os.path.isdir("sub"))

import os
import sys
from typing import Any, Callable


class MiniProcess:
    """multiprocessing.Process in miniature, on os.fork and os.waitpid."""

    def __init__(self, target: Callable[..., Any], *args: Any) -> None:
        self.target, self.args = target, args
        self.pid: int | None = None          # set by start()

    def start(self) -> None:
        sys.stdout.flush()                   # or the child inherits unflushed output
        self.pid = os.fork()
        if self.pid == 0:                    # in the child: run target, then vanish
            code = 0
            try:
                self.target(*self.args)
            except Exception as exc:
                print(f"child failed: {exc!r}", file=sys.stderr)
                code = 1
            sys.stdout.flush()
            os._exit(code)                   # never return into the parent's code

    def join(self) -> int:
        _, status = os.waitpid(self.pid, 0)  # blocks until that child exits
        return os.waitstatus_to_exitcode(status)


def check(word: str) -> None:
    if not word.isalpha():
        raise ValueError(word)


procs = [MiniProcess(check, w) for w in ("fork", "wait", "3xit")]
for p in procs:
    p.start()
print("exit codes:", [p.join() for p in procs])

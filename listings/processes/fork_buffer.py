import os

for flush_first in (False, True):
    with open("log.txt", "w") as log:
        log.write("parent: starting\n")          # sits in the file object's buffer
        if flush_first:
            log.flush()                          # hand it to the OS before forking
        pid = os.fork()                          # the child gets a copy of the buffer
        if pid == 0:
            log.write("child: hello\n")
            log.close()                          # flushes the child's copy
            os._exit(0)
        os.waitpid(pid, 0)
        log.write("parent: done\n")
    with open("log.txt") as log:
        lines = log.read().splitlines()
    print(f"flush before fork={flush_first}: {lines}")

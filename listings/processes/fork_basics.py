import os

parent_pid = os.getpid()
r, w = os.pipe()                             # a one-way byte channel, inherited by fork

pid = os.fork()                              # one call, two returns
if pid == 0:                                 # the child: a copy of the parent
    os.close(r)
    facts = f"child: fork returned 0, my parent is the parent: {os.getppid() == parent_pid}"
    os.write(w, facts.encode())
    os._exit(7)                              # leave now: no cleanup, no atexit handlers

os.close(w)                                  # the parent
with os.fdopen(r, "rb") as pipe:
    print(pipe.read().decode())              # read() ends when the child's end closes
_, status = os.waitpid(pid, 0)               # reap the child, collect its exit status
print("parent: fork returned the child's pid:", pid > 0 and pid != parent_pid)
print("parent: child exit code:", os.waitstatus_to_exitcode(status))

# A listing cannot see or signal processes outside its sandbox; its own children it can.
import os, signal
attempt("signal PID 1", lambda: os.kill(1, 0))
attempt("signal the parent", lambda: os.kill(os.getppid(), signal.SIGKILL))
print("processes visible outside itself:", [p for p in os.listdir("/proc") if p.isdigit() and int(p) != os.getpid()])
# expect: signal PID 1 blocked
# expect: signal the parent blocked
# expect: processes visible outside itself: []

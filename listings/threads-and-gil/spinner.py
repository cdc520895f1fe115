import sys
import threading


def spin(flag: list[str], report: list[bool], budget: int) -> None:
    """Loop in pure Python, never blocking, until flag is non-empty."""
    for _ in range(budget):
        if flag:
            report.append(True)          # saw the other thread's write
            return
    report.append(False)                 # ran the whole budget alone


flag: list[str] = []
report: list[bool] = []
old = sys.getswitchinterval()
sys.setswitchinterval(30.0)              # with a GIL: no forced switch for 30 s
spinner = threading.Thread(target=spin, args=(flag, report, 3_000_000))
spinner.start()
flag.append("go")                        # main thread: runs at once, or waits its turn?
spinner.join()
sys.setswitchinterval(old)

gil = getattr(sys, "_is_gil_enabled", lambda: True)()
print("GIL enabled:", gil)
print("main thread ran while the spinner was spinning:", report[0])

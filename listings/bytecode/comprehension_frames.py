import sys
import traceback


def fail():
    return [1 / x for x in (1, 0)]


try:
    fail()
except ZeroDivisionError as exc:
    print("traceback frames:", [f.name for f in traceback.extract_tb(exc.__traceback__)])


def local_names(data):
    total = 0
    return [sorted(locals()) for x in data][0]


print("locals() in a comprehension:", local_names([1]))

calls = []


def profiler(frame, event, arg):
    if event == "call":
        calls.append(frame.f_code.co_name)


def squares_and_sum():
    squares = [n * n for n in range(3)]
    return squares, sum(n * n for n in range(3))


sys.setprofile(profiler)
squares_and_sum()
sys.setprofile(None)
print("calls the profiler saw:", calls)
print("a module-level comprehension runs in:", [sys._getframe().f_code.co_name for _ in "x"])

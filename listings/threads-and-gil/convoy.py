"""A tick-by-tick model of the GIL hand-off in CPython's Python/ceval_gil.c."""


def convoy(interval: int, calls: int = 100, work: int = 2,
           check: int = 1) -> tuple[int, int]:
    """Run an I/O thread beside a CPU-bound thread on one GIL (1 tick = 0.1 ms).

    The I/O thread runs `work` ticks of Python, then makes an I/O call that
    releases the GIL and returns at once, `calls` times. The CPU-bound thread
    never blocks and checks the eval breaker every `check` ticks.
    Return (ticks until the I/O thread is done, forced switches).
    """
    holder, waiter = "cpu", "io"      # the CPU-bound thread holds the GIL first
    since, left = 0, work             # when the waiter's timed wait began
    drop_request, forced, done, tick = False, 0, 0, 0
    while done < calls:
        tick += 1
        if tick - since >= interval:             # take_gil(): the wait timed out,
            drop_request, since = True, tick     # so ask the holder to drop it
        if holder == "io":
            left -= 1
            if left == 0:                        # I/O call: drop_gil(), and the
                done, left = done + 1, work      # waiting CPU thread takes it
                holder, waiter, since, drop_request = "cpu", "io", tick, False
                continue
        if drop_request and (holder == "io" or tick % check == 0):
            forced += 1                          # eval breaker: drop the GIL and
            holder, waiter = waiter, holder      # wait until the waiter has it
            drop_request, since = False, tick
    return tick, forced


print("interval  wait per I/O call  100 calls take  forced switches")
for interval in (50, 10, 5, 1):                  # 50 ticks = 5 ms, the default
    ticks, forced = convoy(interval)
    wait = (ticks - 100 * 2) / 1000              # ms per call beyond its own work
    print(f"{interval / 10:>5} ms {wait:>13.2f} ms {ticks / 10:>11} ms {forced:>12}")
ticks, _ = convoy(50, check=30)                  # the CPU thread is in a long C call
print(f"5 ms, eval breaker checked every 3 ms: {(ticks - 200) / 1000:.2f} ms per call")

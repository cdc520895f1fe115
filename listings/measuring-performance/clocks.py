import time

# What does each clock promise? A benchmark needs monotonic and not adjustable.
for name in ["time", "monotonic", "perf_counter", "process_time"]:
    info = time.get_clock_info(name)
    print(f"{name:13} monotonic={info.monotonic!s:5}  adjustable={info.adjustable}")

# process_time counts this process's CPU time only: sleeping costs nothing.
wall0, cpu0 = time.perf_counter(), time.process_time()
time.sleep(0.05)
wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
print("the sleep shows on perf_counter:", wall >= 0.05)
print("the sleep shows on process_time:", cpu >= 0.05)

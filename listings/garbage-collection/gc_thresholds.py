import gc
import sys

print(sys.implementation.name, "thresholds:", gc.get_threshold())

gc.collect()
start = gc.get_count()
print("counts right after a full collection:", start)
keep = [[] for _ in range(100)]          # 100 new tracked containers
grew = gc.get_count()[0] - start[0]
print("100 new lists raise count0 by at least 100:", grew >= 100)
junk = [str(i) for i in range(100)]      # strings are not tracked
print("100 new strings raise it by less than 10:  ", gc.get_count()[0] - start[0] - grew < 10)
gc.collect(0)
after = gc.get_count()
print("after gc.collect(0): count0 =", after[0], "| count1 == 1:", after[1] == 1)

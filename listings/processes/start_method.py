import multiprocessing as mp
import sys

print("platform:", sys.platform)
print("default start method:", mp.get_start_method())
print("available:", sorted(mp.get_all_start_methods()))

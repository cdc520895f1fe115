import sys
import tracemalloc

tracemalloc.start()
before, _ = tracemalloc.get_traced_memory()
numbers = list(range(10**6, 10**6 + 100_000))     # 100,000 new int objects
after, _ = tracemalloc.get_traced_memory()
tracemalloc.stop()

n = len(numbers)
print("bytes per element of numbers")
print("  sys.getsizeof(numbers) / n:", sys.getsizeof(numbers) // n)
print("  sys.getsizeof(numbers[0]): ", sys.getsizeof(numbers[0]))
print("  tracemalloc's growth / n:  ", round((after - before) / n))

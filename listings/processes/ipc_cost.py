import pickle

data = list(range(4_000))
tasks = 4
size = len(data) // tasks

# Design A: every task receives the whole list plus its task number.
ship_all = sum(len(pickle.dumps((data, k))) for k in range(tasks))
# Design B: every task receives only its bounds; the worker makes or loads its part.
ship_bounds = sum(len(pickle.dumps((k * size, (k + 1) * size))) for k in range(tasks))

print(f"whole list per task: {ship_all:>6,} bytes to pickle, send and unpickle")
print(f"bounds per task:     {ship_bounds:>6,} bytes")
print(f"ratio: about {round(ship_all / ship_bounds, -1):,.0f} to 1")

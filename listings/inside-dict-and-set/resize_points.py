import sys

d = {0: 0}
sizes = [sys.getsizeof(d)]
for n in range(1, 100):
    d[n] = n
    sizes.append(sys.getsizeof(d))

growth = [after - before for before, after in zip(sizes, sizes[1:])]
usual = min(growth)
jumps = [i + 2 for i, g in enumerate(growth) if g > usual]  # len after growth[i]
print("the table grew when len became:", jumps)
predicted = [size * 2 // 3 + 1 for size in (8, 16, 32, 64, 128)]
print("2/3 of 8, 16, 32, 64, 128, plus one:", predicted)

"""`in` on a generator consumes it up to the first match."""
squares_list = [n * n for n in range(6)]
squares_gen = (n * n for n in range(6))

print("list:", 9 in squares_list, 9 in squares_list)
print("gen: ", 9 in squares_gen, 9 in squares_gen)

again = (n * n for n in range(6))
print(9 in again)       # scans 0, 1, 4, 9 and stops there
print(list(again))      # only what was after 9 is left
print(list(again))      # and now nothing at all

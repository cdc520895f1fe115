import sys

big = "x" * 1_000_000
small_list = [None] * 3
big_list = [big] * 3

# getsizeof measures the list's own block: header plus pointer slots.
print("same getsizeof:", sys.getsizeof(small_list) == sys.getsizeof(big_list))
print("the string alone is bigger:", sys.getsizeof(big) > 1_000_000)

# The slots hold references: all three point at one string.
print("three slots, one object:", big_list[0] is big_list[1] is big_list[2])

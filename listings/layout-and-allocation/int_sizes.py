import sys

info = sys.int_info
print("bits per digit:", info.bits_per_digit, "| bytes per digit:", info.sizeof_digit)

one = sys.getsizeof(1)
print("bits  digits  extra bytes over int 1")
for bits in (1, 30, 31, 60, 61, 90, 91, 300, 301):
    n = 1 << (bits - 1)          # the smallest int with exactly `bits` bits
    digits = -(-bits // info.bits_per_digit)
    print(f"{bits:4}  {digits:6}  {sys.getsizeof(n) - one:+5}")

print("0 and -1 cost what 1 costs:",
      sys.getsizeof(0) == sys.getsizeof(-1) == one)

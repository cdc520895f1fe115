import sys

# One more bit: 2**30 - 1 has 30 bits, 2**30 has 31.
grow = sys.getsizeof(2**30) - sys.getsizeof(2**30 - 1)
print(f"2**30 needs {grow} more bytes than 2**30 - 1")

# One different character at the end of a 1000-character string.
plain = "a" * 1000
for last in ("a", "é", "€", "🐍"):
    s = "a" * 999 + last
    extra = sys.getsizeof(s) - sys.getsizeof(plain)
    print(f"ending in {last} (U+{ord(last):04X}): {extra:+5d} bytes")

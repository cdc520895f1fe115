import sys

# The widest character decides how many bytes every character takes.
samples = {"ASCII": "a", "Latin-1": "é", "UCS-2 (BMP)": "€", "UCS-4": "🐍"}

for name, ch in samples.items():
    short, long = ch * 10, ch * 110
    per_char = (sys.getsizeof(long) - sys.getsizeof(short)) / 100
    header = sys.getsizeof(short) - per_char * 11     # 10 chars + a terminating NUL
    print(f"{name:12} U+{ord(ch):05X}: {per_char:.0f} bytes/char, header {header:.0f}")

snake = "a" * 99 + "🐍"
print("slice off the snake, and it is narrow again:",
      sys.getsizeof(snake[:-1]) == sys.getsizeof("a" * 99))

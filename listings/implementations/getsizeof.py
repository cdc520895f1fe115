"""sys.getsizeof is an implementation's own accounting, not a language fact."""
import sys

samples = {"0": 0, "2**100": 2**100, "1.5": 1.5, "''": "", "'abc'": "abc",
           "()": (), "[]": [], "{}": {}, "set()": set(), "object()": object()}
for text, value in samples.items():
    print(f"{text:>9}: {sys.getsizeof(value):>4} bytes")

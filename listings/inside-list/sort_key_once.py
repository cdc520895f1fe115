calls = []


def length(word: str) -> int:
    """The sort key, logging each call."""
    calls.append(word)
    return len(word)


words = ["pear", "fig", "apple", "kiwi", "date", "plum", "lime", "yam"]
by_length = sorted(words, key=length)
print(by_length)
print("key calls:", len(calls), "for", len(words), "words")

# Stable: words of equal length keep their original relative order.
print("4-letter words in input order:",
      [w for w in by_length if len(w) == 4] == [w for w in words if len(w) == 4])

# reverse=True reverses the comparisons, not the result: still stable.
longest_first = sorted(words, key=len, reverse=True)
print(longest_first)
print("same as sorted()[::-1]:", longest_first == by_length[::-1])

# Multi-pass sorting relies on stability: secondary key first, primary last.
records = [("ops", 3), ("dev", 1), ("ops", 1), ("dev", 2)]
records.sort(key=lambda r: r[1])
records.sort(key=lambda r: r[0])
print(records)

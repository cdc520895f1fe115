def fresh(n: int) -> int:
    """Build n at run time, so the compiler cannot share one constant."""
    return int(str(n))


cached = [n for n in range(-300, 3000) if fresh(n) is fresh(n)]
print("cached ints:", cached[0], "to", cached[-1], "| contiguous:",
      cached == list(range(cached[0], cached[-1] + 1)))
print("fresh(256) is fresh(256):", fresh(256) is fresh(256))
print("fresh(257) is fresh(257):", fresh(257) is fresh(257))
print("but always fresh(257) == fresh(257):", fresh(257) == fresh(257))

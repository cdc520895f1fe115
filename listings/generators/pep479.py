"""PEP 479: a StopIteration escaping a generator body becomes RuntimeError."""


def first_words(lines):
    it = iter(lines)
    while True:
        line = next(it)           # bug: raises StopIteration at the end
        yield line.split()[0]


gen = first_words(["alpha one", "beta two"])
print(next(gen))
print(next(gen))
print(next(gen))                  # Python < 3.7 would silently stop here

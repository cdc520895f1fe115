"""A generator pipeline pulls one item at a time through every stage."""


def read(n):
    for i in range(n):
        print(f"read {i}")
        yield i


def square(xs):
    for x in xs:
        print(f"  square {x}")
        yield x * x


def keep_even(xs):
    for x in xs:
        if x % 2 == 0:
            print(f"    keep {x}")
            yield x


pipeline = keep_even(square(read(4)))   # builds three generators, runs nothing
print("pipeline built")
for value in pipeline:
    print(f"      consumer got {value}")

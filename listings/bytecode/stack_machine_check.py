if "run" not in globals(): from stack_machine import f, run  # hide
import random


def poly(x, y):
    return 3 * x ** 2 - 2 * x * y + y - 7


def mean3(a, b, c):
    return (a + b + c) / 3


def digits(n, base):
    return n // base % base + n % base


rng = random.Random(2024)
for func in (poly, mean3, digits):
    trials = [tuple(rng.randint(1, 99) for _ in range(func.__code__.co_argcount))
              for _ in range(200)]
    agree = sum(run(func, *args) == func(*args) for args in trials)
    print(f"{func.__name__:<7} model agrees with the interpreter on {agree}/200 inputs")
print("co_stacksize of the traced f:", f.__code__.co_stacksize)

import functools
import multiprocessing as mp
import pickle


def power(x: int, exponent: int) -> int:
    return x ** exponent


if __name__ == "__main__":
    data = pickle.dumps(power)                   # a function pickles as a *name*
    print("pickle of power names __main__.power:", b"__main__" in data and b"power" in data)

    for label, func in [("module-level function", power),
                        ("functools.partial", functools.partial(power, exponent=3)),
                        ("lambda", lambda x: x ** 3)]:
        try:
            pickle.dumps(func)
            print(f"{label:22} picklable")
        except (pickle.PicklingError, AttributeError) as exc:
            print(f"{label:22} {type(exc).__name__}")

    ctx = mp.get_context("fork")
    p = ctx.Process(target=lambda: print("child ran a lambda"))  # inherited, not pickled
    p.start()
    p.join()
    with ctx.Pool(2) as pool:
        try:
            pool.map(lambda x: x + 1, range(3))  # tasks travel through a queue: pickled
        except Exception as exc:
            print("Pool.map(lambda):", type(exc).__name__)

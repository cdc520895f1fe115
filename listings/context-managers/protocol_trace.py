"""Every way out of a with block calls __exit__, with a different triple."""


class Tracer:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"  __enter__ -> returns {self.name!r}")
        return self.name              # this, not self, is bound by `as`

    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type else None
        print(f"  __exit__({kind}, {exc!r}, traceback={tb is not None})")
        return False                  # do not suppress


def run(action):
    print(f"{action}:")
    for _ in range(1):
        try:
            with Tracer(action) as value:
                if action == "raise":
                    raise KeyError(value)
                if action == "break":
                    break
                if action == "return":
                    return f"  returned {value!r}"
        except KeyError as exc:
            return f"  caller caught {exc!r}"
    return "  fell through"


for action in ["normal", "raise", "break", "return"]:
    print(run(action))

"""An __exit__ that returns a truthy value swallows the exception."""


class Audit:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"  audit: leaving, exc_type={exc_type and exc_type.__name__}")
        return "logged"               # truthy: "I handled it"


def ratio(a, b):
    with Audit():
        return a / b


print("ratio(6, 3) =", ratio(6, 3))
print("ratio(1, 0) =", ratio(1, 0))

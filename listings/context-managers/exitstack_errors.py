"""An exception travels through an ExitStack's exits, newest first."""
import contextlib


class Step:
    def __init__(self, name, suppress=False, fail=False):
        self.name, self.suppress, self.fail = name, suppress, fail

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"  {self.name}.__exit__ sees {exc!r}")
        if self.fail:
            raise RuntimeError(f"{self.name} cleanup failed")
        return self.suppress


def run(*steps):
    try:
        with contextlib.ExitStack() as stack:
            for step in steps:
                stack.enter_context(step)
            raise ValueError("body")
    except Exception as exc:
        print(f"  escaped: {exc!r}, context: {exc.__context__!r}")
    else:
        print("  nothing escaped")


print("outer suppresses:")
run(Step("outer", suppress=True), Step("inner"))
print("inner cleanup fails:")
run(Step("outer"), Step("inner", fail=True))

"""Stacked decorators apply bottom-up and run top-down."""


def tag(label):
    def decorator(func):
        print(f"apply {label} to {func.__name__}")
        def wrapper():
            print(f"  enter {label}")
            result = func()
            print(f"  leave {label}")
            return result
        wrapper.__name__ = f"{label}({func.__name__})"
        return wrapper
    return decorator


@tag("outer")
@tag("middle")
@tag("inner")
def work():
    print("    work")
    return "done"


print("the name tells the nesting:", work.__name__)
print(work())

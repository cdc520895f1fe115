"""`@deco` above `def f` means `f = deco(f)`, run once, at definition time."""
ROUTES: dict[str, object] = {}


def route(func):
    print(f"  route() called with {func.__name__}")
    ROUTES[func.__name__] = func
    return func                       # hand back the same function


def trace(func):
    print(f"  trace() called with {func.__name__}")
    def wrapper(*args, **kwargs):
        print(f"  -> {func.__name__}{args}")
        return func(*args, **kwargs)
    return wrapper                    # hand back a different function


print("defining:")


@route
def home():
    return "home page"


@trace
def add(a, b):
    return a + b


print("calling:")
print(ROUTES["home"] is home, add(2, 3), add.__name__)

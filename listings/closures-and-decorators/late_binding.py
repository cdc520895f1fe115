"""Three lambdas made in a loop all see the loop variable's final value."""


def make_handlers():
    handlers = []
    for i in range(3):
        handlers.append(lambda: f"button {i}")
    return handlers


handlers = make_handlers()
print([h() for h in handlers])

cells = [h.__closure__[0] for h in handlers]
print("one shared cell:", cells[0] is cells[1] is cells[2])
print("its contents:", cells[0].cell_contents)


def make_handlers_fixed():
    # A default value is evaluated once, when each lambda is created.
    return [lambda i=i: f"button {i}" for i in range(3)]


print([h() for h in make_handlers_fixed()])

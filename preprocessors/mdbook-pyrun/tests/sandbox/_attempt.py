# Shared by the sandbox listings (prepended by tests/sandbox.rs): run one
# attempt and print whether the sandbox let it through.
def attempt(name, action):
    try:
        action()
        print(name, "allowed")
    except OSError as error:
        print(name, "blocked")

def mutate(items: list) -> None:
    """Change the caller's object through the parameter name."""
    items.append("mutated")


def rebind(items: list) -> None:
    """Point the local name at a new object; the caller never sees it."""
    items = ["rebound"]
    items.append("local only")


data = ["original"]
mutate(data)
print("after mutate:", data)
rebind(data)
print("after rebind:", data)

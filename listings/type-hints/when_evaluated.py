def note(label: str) -> type:
    """An annotation is an expression: this one reports when it is evaluated."""
    print(f"  evaluating the annotation of {label}")
    return int


print("1. defining scale()")
def scale(x: note("x"), factor: note("factor") = 2) -> note("return"):
    return x * factor

print("2. calling scale():", scale(21))
print("3. reading scale.__annotations__")
hints = scale.__annotations__
print("4. got", hints)
print("5. reading it again")
print("6. same dict:", scale.__annotations__ is hints)

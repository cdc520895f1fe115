from annotationlib import ForwardRef, Format, get_annotations


def connect(node: Node, timeout: Seconds = 5.0) -> None:   # neither name exists yet
    ...


def show(annotations: dict) -> dict:
    """Replace each ForwardRef by a short marker, for readable output."""
    return {name: f"<ForwardRef {value.__forward_arg__!r}>"
            if isinstance(value, ForwardRef) else value
            for name, value in annotations.items()}


print("defined connect() without a NameError")
print(get_annotations(connect, format=Format.STRING))
print(show(get_annotations(connect, format=Format.FORWARDREF)))
try:
    get_annotations(connect, format=Format.VALUE)
except NameError as exc:
    print("VALUE format -> NameError:", exc)

class Node: ...                        # now one of the two names exists

print(show(get_annotations(connect, format=Format.FORWARDREF)))
print(callable(connect.__annotate__), connect.__annotate__.__name__)

"""The with statement, spelled out as the language reference does."""
import sys


class Tracer:
    def __enter__(self):
        print("  enter")
        return "resource"

    def __exit__(self, exc_type, exc, tb):
        print(f"  exit({exc_type and exc_type.__name__})")
        return exc_type is ZeroDivisionError       # suppress only this one

def desugared(body):
    manager = Tracer()
    enter = type(manager).__enter__                # looked up on the type
    exit = type(manager).__exit__
    value = enter(manager)
    hit_except = False
    try:
        body(value)
    except:
        hit_except = True
        if not exit(manager, *sys.exc_info()):
            raise
    finally:
        if not hit_except:
            exit(manager, None, None, None)

def sugared(body):
    with Tracer() as value:
        body(value)

for body in [lambda v: print("  body got", v), lambda v: 1 / 0, lambda v: [][0]]:
    for form in (sugared, desugared):
        try:
            form(body)
            print(f"{form.__name__}: completed")
        except Exception as exc:
            print(f"{form.__name__}: propagated {type(exc).__name__}")

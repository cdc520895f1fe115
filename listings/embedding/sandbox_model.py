import contextlib, io, sys, traceback
from dataclasses import dataclass

class BudgetExceeded(Exception):
    """Raised inside a snippet that executes more lines than it may."""

@dataclass
class Outcome:
    ok: bool
    stdout: str
    error: str | None = None        # the last line of the traceback

def run_snippet(source: str, filename: str, max_lines: int = 1000) -> Outcome:
    """Run source as a host would: named, captured, bounded, errors as data."""
    code = compile(source, filename, "exec")          # the name tracebacks show
    used = 0

    def tracer(frame, event, arg):
        nonlocal used
        if event == "line":
            used += 1
            if used > max_lines:
                raise BudgetExceeded(f"more than {max_lines} lines")
        return tracer                                  # trace lines in new frames

    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            sys.settrace(tracer)
            try:
                exec(code, {"__name__": "__snippet__"})
            finally:
                sys.settrace(None)
    except Exception as exc:
        return Outcome(False, out.getvalue(), traceback.format_exception_only(exc)[-1].strip())
    return Outcome(True, out.getvalue())

print(run_snippet("print('hi')\ntotal = sum(range(10))\n", "hello.py"))
print(run_snippet("print('spinning')\nwhile True:\n    pass\n", "spin.py"))
print(run_snippet("print('before')\n1 / 0\n", "crash.py"))

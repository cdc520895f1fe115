broken = [
    "print 'hello'",
    "x = 1 if ready",
    "whille True: pass",
    "name = 'unclosed",
    "def f(:\n    pass",
]

for source in broken:
    try:
        compile(source, "<broken>", "exec")
    except SyntaxError as err:
        first_line = source.splitlines()[0]
        print(f"{first_line!r:<20} line {err.lineno}, col {err.offset}: {err.msg}")

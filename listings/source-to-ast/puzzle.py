source = """\
ran.append("line 1")
ran.append("line 2")
ran.append("line 3"
"""

ran: list[str] = []
try:
    exec(source, {"ran": ran})
except SyntaxError as err:
    print(f"SyntaxError at line {err.lineno}: {err.msg}")
print("lines that ran:", ran)

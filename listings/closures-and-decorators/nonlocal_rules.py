"""nonlocal needs an enclosing function binding; global does not."""
snippets = {
    "nonlocal at module level": "nonlocal x\n",
    "nonlocal with no binding": "def f():\n    def g():\n        nonlocal x\n",
    "nonlocal finds a binding": "def f():\n    x = 1\n    def g():\n        nonlocal x\n",
    "global, nothing bound": "def f():\n    global x\n    x = 1\n",
}
for label, source in snippets.items():
    try:
        compile(source, "<snippet>", "exec")
        print(f"{label:26} -> compiles")
    except SyntaxError as exc:
        print(f"{label:26} -> SyntaxError: {exc.msg}")

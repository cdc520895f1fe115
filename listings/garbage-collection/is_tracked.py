import gc


class Plain:
    pass


samples = {
    "0": 0,
    "'text'": "text",
    "[]": [],
    "()": (),
    "(1, 2)": (1, 2),
    "(1, [])": (1, []),
    "{}": {},
    "{'a': 1}": {"a": 1},
    "{'a': []}": {"a": []},
    "Plain()": Plain(),
}
before = {label: gc.is_tracked(obj) for label, obj in samples.items()}
gc.collect()
for label, obj in samples.items():
    print(f"{label:10} tracked: {before[label]!s:5}  after gc.collect(): {gc.is_tracked(obj)}")

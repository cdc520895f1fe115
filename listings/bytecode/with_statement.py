import dis


def read_config(path):
    with open(path) as f:
        return f.read()


ops = [f"{i.opname} {i.argrepr}".strip() for i in dis.get_instructions(read_config)]
print("SETUP_* instructions:", [op for op in ops if op.startswith("SETUP")])
print("with machinery:      ", [op for op in ops if "WITH" in op or "SPECIAL" in op])
for entry in dis.Bytecode(read_config).exception_entries:
    print(f"  offsets {entry.start}-{entry.end} -> handler at {entry.target}"
          f" (stack depth {entry.depth}{', push lasti' if entry.lasti else ''})")

"""What a with statement compiles to: special look-ups and an exception handler."""
import dis


def use(manager):
    with manager as value:
        return value


WITH_OPS = {"BEFORE_WITH", "LOAD_SPECIAL", "WITH_EXCEPT_START",
            "PUSH_EXC_INFO", "RERAISE", "POP_EXCEPT"}
seen = [ins.opname for ins in dis.get_instructions(use) if ins.opname in WITH_OPS]
print("in order:", list(dict.fromkeys(seen)))
print("LOAD_SPECIAL arguments:",
      [ins.argrepr for ins in dis.get_instructions(use) if ins.opname == "LOAD_SPECIAL"])

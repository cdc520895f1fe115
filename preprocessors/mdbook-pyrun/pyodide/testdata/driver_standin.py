"""A minimal stand-in for the real driver (src/runner/driver.py), for selftest.mjs:
runs each block in one fresh __main__ dict and reports through pyrun_host."""

import json
import sys
import traceback

import pyrun_host


def flush():
    sys.stdout.flush()
    sys.stderr.flush()


with open(sys.argv[1], encoding="utf-8") as f:
    job = json.load(f)
namespace = {"__name__": "__main__", "__builtins__": __builtins__}
for i, block in enumerate(job["blocks"]):
    try:
        exec(compile(block["source"], block["filename"], "exec"), namespace)
        outcome = {"kind": "completed"}
    except BaseException as error:
        traceback.print_exception(error)
        outcome = {"kind": "raised", "mro": [c.__name__ for c in type(error).__mro__]}
    flush()
    pyrun_host.report(json.dumps({"msg": "block-done", "index": i, "output_end": pyrun_host.output_size(), "outcome": outcome}))
flush()
pyrun_host.report(json.dumps({"msg": "finished", "output_end": pyrun_host.output_size()}))

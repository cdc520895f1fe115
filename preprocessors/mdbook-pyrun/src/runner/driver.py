"""Run one listing (or one session of listings) on CPython, as the VM's worker does.

Used unchanged by native CPython (`python -I -X utf8 driver.py JOB REPORT`) and by
CPython 3.14 on WebAssembly (Pyodide, through pyodide/host.mjs). It mirrors the
VM worker in worker.rs: every block runs in order in one fresh `__main__`, an
uncaught exception prints its traceback and the next block still runs,
`SystemExit` ends the session, and each block's outcome is reported with the
number of output bytes written so far, so the preprocessor can cut the shared
output into one piece per listing.

Reports are JSON lines: `protocol::WorkerMessage` in protocol.rs.
"""

import atexit
import json
import linecache
import os
import sys
import traceback
import types

ON_WASM = sys.platform == "emscripten"

if ON_WASM:
    import pyrun_host  # registered by host.mjs

    def output_size() -> int:
        return int(pyrun_host.output_size())

    def send(message: dict) -> None:
        pyrun_host.report(json.dumps(message))

else:
    _reports = open(sys.argv[2], "a", encoding="utf-8")

    def output_size() -> int:
        # fds 1 and 2 both append to the one capture file.
        return os.fstat(1).st_size

    def send(message: dict) -> None:
        _reports.write(json.dumps(message) + "\n")
        _reports.flush()


def flush() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass


def finished() -> None:
    # Registered first, so it runs after every atexit function of the listing,
    # and after threading's shutdown, which precedes atexit.
    flush()
    send({"msg": "finished", "output_end": output_size()})


def exit_status(code: object) -> int:
    """The process status CPython gives `SystemExit(code)`; prints a message argument."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


def run_block(index: int, source: str, filename: str, main: types.ModuleType) -> dict:
    sys.argv = [filename]
    # Tracebacks show the listing's lines, as they would for a file on disk.
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    try:
        code = compile(source, filename, "exec", dont_inherit=True)
        exec(code, main.__dict__)
        return {"kind": "completed"}
    except SystemExit as exit:
        return {"kind": "exited", "code": exit_status(exit.code)}
    except BaseException as error:
        # Leave out this driver's frame: the traceback starts in the listing,
        # as it does when CPython runs the file itself.
        tb = error.__traceback__.tb_next if error.__traceback__ else None
        if isinstance(error, SyntaxError):
            tb = None
        traceback.print_exception(type(error), error, tb)
        return {"kind": "raised", "mro": [cls.__name__ for cls in type(error).__mro__]}


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as job_file:
        job = json.load(job_file)
    atexit.register(finished)
    listing = types.ModuleType("__main__")
    listing.__dict__["__builtins__"] = __builtins__
    sys.modules["__main__"] = listing
    pid = os.getpid()
    for index, block in enumerate(job["blocks"]):
        outcome = run_block(index, block["source"], block["filename"], listing)
        flush()
        if os.getpid() != pid:
            # A child forked by the listing has finished the block: it must
            # not go on to the next one, nor report.
            os._exit(outcome.get("code", 1 if outcome["kind"] == "raised" else 0))
        send({"msg": "block-done", "index": index, "output_end": output_size(), "outcome": outcome})
        if outcome["kind"] == "exited":
            break
    if ON_WASM:
        # Pyodide never finalises its interpreter, so run the exit functions
        # (the listing's, then `finished`) as CPython does at exit.
        atexit._run_exitfuncs()


main()

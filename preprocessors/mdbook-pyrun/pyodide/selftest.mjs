// Checks host.mjs from the outside, as the preprocessor uses it: starts it as a
// child process with the stand-in driver in testdata/, sends jobs, checks the
// answers. Prints "N passed, N failed"; exits non-zero on any failure.
//
//   node preprocessors/mdbook-pyrun/pyodide/selftest.mjs [--pyodide DIR]
//
// DIR defaults to node_modules/pyodide at the repository root (`npm ci` there).

import { spawn } from "node:child_process";
import readline from "node:readline";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const flag = process.argv.indexOf("--pyodide");
const pyodide = flag > 0 ? process.argv[flag + 1] : path.join(here, "../../../node_modules/pyodide");
const driver = path.join(here, "testdata/driver_standin.py");

// Each check: a job, and what its answer must satisfy (a message when not).
const checks = [];
const check = (name, source, expect, { timeout = 10, limit = 65536, blocks, files } = {}) =>
  checks.push({ name, expect, job: { blocks: blocks ?? [{ source, filename: "listing.py" }], timeout_seconds: timeout, output_limit: limit, files } });
const kinds = (a) => a.reports.map((r) => (r.msg === "block-done" ? r.outcome.kind : r.msg)).join(",");
const raised = (a) => a.reports.find((r) => r.outcome?.kind === "raised")?.outcome.mro ?? [];
const ok = (cond, why) => (cond ? null : why);
const same = (got, want) => ok(got === want, `got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);

check(
  "print, os.write and stderr land in one stream in write order",
  "import os, sys\nprint('1')\nos.write(1, b'2\\n')\nprint('3', file=sys.stderr)\nos.write(2, b'4\\n')\nprint('5', end='')\nsys.stdout.flush()\nos.write(1, b'\\xff6\\n')\n",
  (a) => same(a.output, "1\n2\n3\n4\n5\ufffd6\n") ?? same(kinds(a), "completed,finished") ?? same(a.reports[0].output_end, 12),
);
check(
  "blocks share one __main__; each report has its output_end",
  null,
  (a) => same(a.output, "b1\n1\n") ?? same(a.reports.map((r) => r.output_end).join(","), "3,5,5"),
  { blocks: [{ source: "x = 1\nprint('b1')\n", filename: "a.py" }, { source: "print(x)\n", filename: "b.py" }] },
);
// Each of these listings first checks that nothing is left from an earlier
// one, then changes everything it can. Two engines serve jobs in turn, so each
// runs several of them, one after another.
const probeThenPollute = `import json, sys, gc, os, random, js
print(hasattr(json, 'x'), sys.getrecursionlimit(), gc.isenabled(), 'LEAKED' in globals(), os.listdir('.'),
      os.listdir(os.environ['TMPDIR']), os.environ.get('LEAK'), hasattr(js, 'leaked'), 'leak' in sys.modules)
print(random.random())
json.x = 1
sys.setrecursionlimit(50)
gc.disable()
LEAKED = 1
open('a.txt', 'w').write('x')
open(os.environ['TMPDIR'] + '/t.txt', 'w').write('x')
os.environ['LEAK'] = '1'
js.leaked = 1
sys.modules['leak'] = json
`;
const randoms = new Set();
for (let i = 0; i < 6; i++) {
  check(`no state leaks from one listing into the next (${i + 1})`, probeThenPollute, (a) => {
    const [flags, random] = a.output.split("\n");
    const repeated = randoms.has(random);
    randoms.add(random);
    return same(flags, "False 1000 True False [] [] None False False") ?? ok(!repeated, "random repeats an earlier listing's numbers");
  });
}
check(
  "working directory, HOME, TMPDIR and argv",
  "import os, sys\nprint(os.getcwd() == os.environ['HOME'], os.environ['TMPDIR'] != os.getcwd(), sys.argv[0])\n",
  (a) => same(a.output, "True True driver.py\n"),
);
check("files named by the job are copied into the working directory", "print(open('input.py').readline(), end='')\n", (a) =>
  same(a.output, '"""A minimal stand-in for the real driver (src/runner/driver.py), for selftest.mjs:\n'),
  { files: [{ name: "input.py", source: driver }] },
);
check("os._exit(n) answers its exit code", "import os\nprint('bye', flush=True)\nos._exit(3)\n", (a) =>
  same(a.exit_code, 3) ?? same(a.output, "bye\n") ?? same(a.error, undefined),
);
check("a listing that spins is stopped at its timeout", "print('started', flush=True)\nwhile True: pass\n", (a) =>
  same(a.timed_out, true) ?? same(a.output, "started\n") ?? ok(a.seconds >= 1 && a.seconds < 3, `took ${a.seconds} s`),
  { timeout: 1 },
);
check("the host goes on after a timeout", "print('after')\n", (a) => same(a.output, "after\n") ?? same(a.timed_out, false));
check("output past the limit is cut and the listing stopped", "print('x' * 100)\nprint('never')\n", (a) =>
  same(a.truncated, true) ?? same(a.output, "xxxxxxxxxx") ?? same(a.timed_out, false),
  { limit: 10 },
);
check("a listing that floods is stopped, not timed out", "while True: print('y' * 99)\n", (a) =>
  same(a.truncated, true) ?? same(a.output.length, 1000) ?? same(a.timed_out, false),
  { limit: 1000, timeout: 5 },
);
check("input() reads end of file", "input()\n", (a) => ok(a.output.includes("EOFError"), a.output) ?? same(raised(a)[0], "EOFError"));
check(
  "asyncio.run works",
  "import asyncio\nasync def main():\n    await asyncio.sleep(0.01)\n    return 42\nprint(asyncio.run(main()))\n",
  (a) => same(a.output, "42\n"),
);
check(
  "threads cannot start",
  "import threading\nthreading.Thread(target=print).start()\n",
  (a) => same(raised(a)[0], "RuntimeError") ?? ok(a.output.includes("RuntimeError: can't start new thread"), a.output),
);
check(
  "deep C recursion raises RecursionError, as on native CPython",
  "class A:\n    def __repr__(self):\n        return repr(self)\nrepr(A())\n",
  (a) => same(raised(a)[0], "RecursionError") ?? same(a.error, undefined),
);
check("no network: connect() fails at once", "import socket\nsocket.create_connection(('127.0.0.1', 9))\n", (a) =>
  ok(a.output.includes("OSError: [Errno 23]"), a.output),
);
check("a crash of the interpreter is answered with an error", "import ctypes\nprint('before', flush=True)\nctypes.string_at(0xfffffff0, 100)\n", (a) =>
  ok(typeof a.error === "string" && a.error.length > 0, `error: ${a.error}`) ?? ok(a.output.startsWith("before\n"), a.output),
);
check("the host goes on after a crash", "print('alive')\n", (a) => same(a.output, "alive\n") ?? same(a.error, undefined));
check(
  "an interpreter process that dies is answered with an error and the output so far",
  "import json, js, pyrun_host\nprint('dying', flush=True)\npyrun_host.report(json.dumps({'msg': 'early'}))\njs.process.kill(js.process.pid, 'SIGSEGV')\n",
  (a) => ok(/SIGSEGV/.test(a.error), `error: ${a.error}`) ?? same(a.output, "dying\n") ?? same(kinds(a), "early"),
);
check("the host goes on after that", "print('alive')\n", (a) => same(a.output, "alive\n") ?? same(a.error, undefined));

// ------------------------------------------------------------------ run

const host = spawn(
  process.execPath,
  ["--experimental-wasm-stack-switching", path.join(here, "host.mjs"), "--pyodide", pyodide, "--driver", driver],
  { stdio: ["pipe", "pipe", "inherit"] },
);
const watchdog = setTimeout(() => {
  console.error("selftest: the host did not answer within 180 s");
  host.kill();
}, 180_000);
for (const { job } of checks) host.stdin.write(JSON.stringify(job) + "\n");
host.stdin.end();

const answers = [];
for await (const line of readline.createInterface({ input: host.stdout })) answers.push(line);
clearTimeout(watchdog);

let passed = 0, failed = 0;
const verdict = (name, why) => {
  if (why) failed++, console.log(`FAIL ${name}: ${why}`);
  else passed++, console.log(`ok   ${name}`);
};
let ready;
try {
  ready = JSON.parse(answers[0] ?? "null");
} catch {}
verdict("the host says it is ready, with CPython's version", ok(ready?.ready === true && /^3\.14\.2 /.test(ready.version), answers[0]));
checks.forEach(({ name, expect }, i) => {
  const line = answers[i + 1];
  let answer;
  try {
    answer = JSON.parse(line);
  } catch {
    return verdict(name, `no answer (got ${JSON.stringify(line)})`);
  }
  const shape = ["output", "truncated", "reports", "timed_out", "seconds"].filter((k) => !(k in answer));
  const why = shape.length ? `answer lacks ${shape}` : expect(answer);
  verdict(name, why && `${why}\n     answer: ${line.slice(0, 600)}`);
});
verdict("nothing else on stdout", same(answers.length, checks.length + 1));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

// Runs the book's Python listings on CPython 3.14 compiled to WebAssembly
// (Pyodide), each job in a fresh interpreter. Protocol and measurements:
// README.md beside this file.
//
//   node --experimental-wasm-stack-switching host.mjs --pyodide DIR --driver driver.py
//
// One file, three roles (worker_threads run this same module):
//   - the main thread reads jobs from stdin and answers on stdout; it never
//     runs Python, so it stays responsive to stop a listing that hangs;
//   - a "snapshot" worker boots Pyodide once and takes a memory snapshot of
//     the interpreter as it stands right after start-up;
//   - a "run" worker restores that snapshot into a NEW wasm instance (new
//     memory, new file system, new JS objects) and runs exactly one job in it.
//     It is never reused, so nothing a listing does can reach the next one.
//     The next one is restored while the current job runs.

import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { pathToFileURL } from "node:url";
import v8 from "node:v8";

// Where a job lives in its interpreter's file system, as the native runner lays
// out its temporary folder: the listing sees cwd/ (also HOME) and tmp/ (TMPDIR);
// the driver and the job file sit beside them, not in them.
const DIR = "/home/pyodide";
const CWD = `${DIR}/cwd`;
const TMP = `${DIR}/tmp`;

// ---------------------------------------------------------------- workers

async function loadPyodideFrom(opts) {
  const { indexURL, module } = workerData;
  const { loadPyodide } = await import(pathToFileURL(indexURL + "pyodide.mjs").href);
  const { default: createModule } = await import(pathToFileURL(indexURL + "pyodide.asm.mjs").href);
  // Instantiate the wasm module compiled once by the main thread (shared code,
  // shared tier-up) instead of letting each interpreter read and compile 9.6 MB.
  // The two imports are the JS fallback Pyodide itself uses when wasm-gc is
  // missing (as in Node 20).
  const marker = Symbol("error marker");
  const createPyodideModule = (settings) => {
    settings.instantiateWasm = (imports, done) => {
      imports.env.Jsv_GetError_import = () => marker;
      imports.env.JsvError_Check = (value) => value === marker;
      WebAssembly.instantiate(module, imports).then((instance) => done(instance, module));
      return {};
    };
    return createModule(settings);
  };
  const diagnostic = (line) => process.stderr.write(`pyodide: ${line}\n`);
  return loadPyodide({
    indexURL,
    createPyodideModule,
    stdin: () => null, // never the host's stdin: that carries the jobs
    stdout: diagnostic,
    stderr: diagnostic,
    ...opts,
  });
}

async function makeSnapshot() {
  // PYTHONHASHSEED=0 as the native runner sets it: the hash seed is part of the
  // snapshot, so it is the same for every job anyway; this makes it the same
  // as on native CPython too.
  const py = await loadPyodideFrom({ _makeSnapshot: true, env: { PYTHONHASHSEED: "0" } });
  const version = py.runPython("import sys; sys.version");
  const bytes = py.makeMemorySnapshot();
  const shared = new SharedArrayBuffer(bytes.length);
  new Uint8Array(shared).set(bytes);
  parentPort.postMessage({ version, snapshot: shared });
}

async function runOneJob() {
  // Pyodide decodes the snapshot's header with TextDecoder, which refuses a
  // view of shared memory: take a private copy.
  const snapshot = new Uint8Array(workerData.snapshot).slice();
  const py = await loadPyodideFrom({ _loadSnapshot: snapshot });

  // stdout and stderr go, as raw bytes in write order, into one buffer shared
  // with the main thread: [0] total bytes written, [1] limit, bytes from 8.
  // Shared, so that the main thread can read it even while the listing spins.
  let total = 0, head, data, limit, truncated = false;
  const sink = {
    write(buf) {
      const keep = Math.max(0, Math.min(buf.length, limit - total));
      data.set(buf.subarray(0, keep), total);
      total += buf.length;
      Atomics.store(head, 0, Math.min(total, 0x7fffffff));
      if (total > limit && !truncated) {
        truncated = true;
        parentPort.postMessage({ truncated: true }); // the main thread stops us
      }
      return buf.length;
    },
  };
  py.setStdout(sink);
  py.setStderr(sink);
  py.setStdin({ read: () => 0 }); // input() sees end of file
  py.registerJsModule("pyrun_host", {
    report: (json) => parentPort.postMessage({ report: String(json) }),
    output_size: () => total,
  });
  parentPort.postMessage({ ready: true });

  parentPort.once("message", async ({ job, output, driver }) => {
    head = new Int32Array(output, 0, 2);
    limit = head[1];
    data = new Uint8Array(output, 8);
    try {
      py.FS.mkdirTree(CWD);
      py.FS.mkdirTree(TMP);
      for (const file of job.files ?? []) py.FS.writeFile(`${CWD}/${file.name}`, fs.readFileSync(file.source));
      py.FS.writeFile(`${DIR}/job.json`, JSON.stringify({ blocks: job.blocks }));
      py.FS.writeFile(`${DIR}/driver.py`, driver);
      // The snapshot holds os.environ, the cwd and random's state as they were
      // when it was taken: give this job its own. (random.seed() draws from
      // os.urandom, i.e. crypto.getRandomValues.)
      py.runPython(
        `import os, sys, random
os.environ.update(HOME=${JSON.stringify(CWD)}, TMPDIR=${JSON.stringify(TMP)}, PWD=${JSON.stringify(CWD)})
os.chdir(${JSON.stringify(CWD)})
random.seed()
sys.argv = ["driver.py", ${JSON.stringify(DIR + "/job.json")}]`,
        { globals: py.toPy({}) },
      );
      // Async, so that the driver runs inside a stack-switching call and a
      // listing's asyncio.run() can block on Pyodide's event loop.
      await py.runPythonAsync(driver, { filename: `${DIR}/driver.py` });
      parentPort.postMessage({ done: true });
    } catch (error) {
      parentPort.postMessage({ done: true, error: String(error?.message ?? error).trim() });
    }
  });
}

// ------------------------------------------------------------- main thread

function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i += 2) {
    if (!["--pyodide", "--driver"].includes(argv[i]) || argv[i + 1] === undefined) {
      throw new Error(`usage: host.mjs --pyodide DIR --driver DRIVER.py (got ${argv.join(" ")})`);
    }
    args[argv[i].slice(2)] = argv[i + 1];
  }
  if (!args.pyodide || !args.driver) throw new Error("host.mjs needs --pyodide DIR and --driver FILE");
  return args;
}

// A worker thread running this file. Its console output goes to our stderr:
// our stdout carries answers only.
function spawn(role, data) {
  const worker = new Worker(new URL(import.meta.url), { workerData: { role, ...data }, stdout: true });
  worker.stdout.pipe(process.stderr);
  return worker;
}

// A fresh interpreter being restored (or ready) in its own worker.
class Interpreter {
  constructor(shared) {
    this.worker = spawn("run", shared);
    this.ready = new Promise((resolve, reject) => {
      this.worker.once("message", resolve);
      this.worker.once("error", reject);
      this.worker.once("exit", (code) => reject(new Error(`interpreter exited (${code}) while starting`)));
    });
    this.ready.catch(() => {}); // observed when the interpreter is used
  }
  kill() {
    this.worker.removeAllListeners();
    this.worker.on("error", () => {});
    this.worker.terminate().catch(() => {});
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  // The listing runs on the stacks V8 makes for stack switching, 984 kB by
  // default: deep C recursion (a __repr__ calling repr(self)) overflowed them
  // before CPython's own check (about 10 MB of wasm stack) could raise
  // RecursionError, a fatal error, and at times a segfault of the whole
  // process. 256 MB (reserved, touched only as used) lets CPython's check fire
  // first in every case we tried. Read when each stack is made, so setting it
  // here, before any worker starts, is enough.
  v8.setFlagsFromString("--wasm-stack-switching-stack-size=262144");
  const indexURL = path.resolve(args.pyodide) + "/";
  const driver = fs.readFileSync(args.driver, "utf8");
  const module = await WebAssembly.compile(fs.readFileSync(indexURL + "pyodide.asm.wasm"));

  const snapshotter = spawn("snapshot", { indexURL, module });
  const { version, snapshot } = await new Promise((resolve, reject) => {
    snapshotter.once("message", resolve);
    snapshotter.once("error", reject);
    snapshotter.once("exit", (code) => reject(new Error(`Pyodide failed to start (${code})`)));
  });
  snapshotter.removeAllListeners();
  snapshotter.terminate();
  const shared = { indexURL, module, snapshot };

  let spare = new Interpreter(shared);
  const next = async () => {
    // Take the spare and at once start restoring the one after it, so that
    // restoring overlaps the job; retry once if the spare died while starting.
    for (let attempt = 0; ; attempt++) {
      const interpreter = spare;
      spare = new Interpreter(shared);
      try {
        await interpreter.ready;
        return interpreter;
      } catch (error) {
        interpreter.kill();
        if (attempt > 0) throw error;
      }
    }
  };

  process.stdout.write(JSON.stringify({ ready: true, version }) + "\n");

  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let answer;
    try {
      answer = await runJob(JSON.parse(line), await next(), driver);
    } catch (error) {
      answer = { output: "", truncated: false, reports: [], timed_out: false, seconds: 0, error: String(error?.message ?? error) };
    }
    process.stdout.write(JSON.stringify(answer) + "\n");
  }
  spare.kill();
}

function runJob(job, interpreter, driver) {
  const limit = Math.max(0, Math.floor(job.output_limit ?? 65536));
  const timeout = (job.timeout_seconds ?? 10) * 1000;
  const output = new SharedArrayBuffer(8 + limit);
  const head = new Int32Array(output, 0, 2);
  head[1] = limit;
  const reports = [];
  const started = performance.now();
  return new Promise((resolve) => {
    const finish = (extra) => {
      clearTimeout(timer);
      interpreter.kill(); // used once, whatever happened
      const total = Atomics.load(head, 0);
      const bytes = new Uint8Array(output, 8, Math.min(total, limit)).slice();
      resolve({
        output: Buffer.from(bytes).toString("utf8"),
        truncated: total > limit,
        reports,
        timed_out: false,
        seconds: Math.round(performance.now() - started) / 1000,
        ...extra,
      });
    };
    const timer = setTimeout(() => finish({ timed_out: true }), timeout);
    const worker = interpreter.worker;
    worker.removeAllListeners();
    worker.on("message", (msg) => {
      if (msg.report !== undefined) {
        try {
          reports.push(JSON.parse(msg.report));
        } catch {
          reports.push({ invalid: msg.report });
        }
      } else if (msg.truncated) finish({});
      else if (msg.done) finish(msg.error ? { error: msg.error } : {});
    });
    // A wasm trap or fatal error surfaces as an uncaught error or an exit.
    worker.on("error", (error) => finish({ error: `interpreter crashed: ${error?.message ?? error}` }));
    worker.on("exit", (code) => finish({ error: `interpreter exited (${code})` }));
    worker.postMessage({ job, output, driver });
  });
}

// Last, so that every declaration above is initialised before it runs.
if (isMainThread) await main();
else if (workerData.role === "snapshot") await makeSnapshot();
else await runOneJob();

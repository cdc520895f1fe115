// Runs the book's Python listings on CPython 3.14 compiled to WebAssembly
// (Pyodide), each job in a fresh interpreter. Protocol, strategy and the
// measurements behind it: README.md beside this file.
//
//   node --experimental-wasm-stack-switching host.mjs --pyodide DIR --driver driver.py
//
// One file, three roles (worker threads run this same module):
//   - the main thread reads jobs on stdin and answers on stdout. It never runs
//     Python, so it stays free to stop a listing that hangs or floods;
//   - a "snapshot" worker boots Pyodide once (about 2 s) and takes a memory
//     snapshot of the interpreter as it stands right after start-up;
//   - two "engine" workers each restore that snapshot into a NEW wasm instance
//     (new memory, so a new CPython; new file system) for every job, and throw
//     it away after the job. Restoring takes ~0.15 s, a cold boot ~2 s. While
//     one engine runs a job the other restores the next interpreter. An engine
//     whose job timed out, flooded or crashed is terminated and replaced.

import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { once } from "node:events";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { pathToFileURL } from "node:url";
import { createRequire } from "node:module";
import v8 from "node:v8";

// Where a job lives in its interpreter's file system, as the native runner lays
// out its temporary folder: the listing sees cwd/ (also HOME) and tmp/ (TMPDIR);
// the driver and the job file sit beside them, not in them.
const DIR = "/home/pyodide";
const CWD = `${DIR}/cwd`;
const TMP = `${DIR}/tmp`;
// An engine is replaced after this many jobs, so that whatever a listing left
// behind on the JS side (a pending timer holding its dead interpreter) is bounded.
const JOBS_PER_ENGINE = 64;

// ---------------------------------------------------------------- workers

async function pyodideLoader() {
  const { indexURL, module } = workerData;
  const { loadPyodide } = await import(pathToFileURL(indexURL + "pyodide.mjs").href);
  const { default: createModule } = await import(pathToFileURL(indexURL + "pyodide.asm.mjs").href);
  // Instantiate the wasm module compiled once by the main thread (its code is
  // shared by all instances) instead of reading and compiling 9.6 MB each time.
  // The two imports are the JS fallback Pyodide itself uses without wasm-gc.
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
  return (opts) =>
    loadPyodide({
      indexURL,
      createPyodideModule,
      stdin: () => null, // never the host's stdin: it carries the jobs
      stdout: diagnostic,
      stderr: diagnostic,
      ...opts,
    });
}

async function makeSnapshot() {
  // Start-up settings as the native runner gives CPython (`-X utf8`, the
  // fixed nonzero PYTHONHASHSEED of runner/native.rs, PYTHONDONTWRITEBYTECODE=1).
  // The hash secret is part of the snapshot, so it would be the same for every
  // job anyway; this way it is also the one native CPython uses, and strings
  // stay salted (a seed of 0 would turn salting off).
  const env = { PYTHONHASHSEED: "1", PYTHONUTF8: "1", PYTHONDONTWRITEBYTECODE: "1" };
  const py = await (await pyodideLoader())({ _makeSnapshot: true, env });
  const bytes = py.makeMemorySnapshot(); // first: nothing has run in the interpreter yet
  const version = py.runPython("import sys; sys.version");
  const shared = new SharedArrayBuffer(bytes.length);
  new Uint8Array(shared).set(bytes);
  parentPort.postMessage({ version, snapshot: shared });
}

async function engine() {
  const load = await pyodideLoader();
  // Pyodide decodes the snapshot's header with TextDecoder, which refuses a
  // view of shared memory: keep a private copy (restoring only reads it).
  const snapshot = new Uint8Array(workerData.snapshot).slice();

  // Emscripten emulates sockets with WebSockets from the `ws` package, which it
  // require()s from Pyodide's folder: a listing's connect() would reach out to
  // the network, its listen() open a real port on this machine. A stand-in in
  // the require cache refuses both (as a browser refuses listen()).
  let py;
  const refuse = (errno) => class { constructor() { throw new py.FS.ErrnoError(errno); } };
  const noNetwork = Object.assign(refuse(23 /* EHOSTUNREACH */), { Server: refuse(138 /* ENOTSUP */) });
  const require = createRequire(workerData.indexURL + "pyodide.asm.mjs");
  const ws = require.resolve("ws");
  require.cache[ws] = { id: ws, filename: ws, loaded: true, exports: noNetwork, children: [], paths: [] };

  for (;;) {
    // A fresh interpreter. Its own `js` globals object, so that even a listing
    // that sets attributes through Pyodide's `js` module leaves nothing behind.
    py = await load({ _loadSnapshot: snapshot, jsglobals: Object.create(globalThis) });
    // stdout and stderr go, as raw bytes in write order, into one buffer shared
    // with the main thread ([0] bytes written, [1] limit, bytes from offset 8),
    // so that it can read them even while the listing spins. `job` is cleared
    // after the job: a timer the listing left behind writes nowhere.
    let job = null;
    const sink = {
      write(buf) {
        if (!job) return buf.length;
        const keep = Math.max(0, Math.min(buf.length, job.limit - job.total));
        job.data.set(buf.subarray(0, keep), job.total);
        job.total += buf.length;
        Atomics.store(job.head, 0, Math.min(job.total, 0x7fffffff));
        if (job.total > job.limit && !job.cut) parentPort.postMessage({ truncated: (job.cut = true) }); // we get stopped
        return buf.length;
      },
    };
    py.setStdout(sink);
    py.setStderr(sink);
    py.setStdin({ read: () => 0 }); // input() sees end of file
    py.registerJsModule("pyrun_host", {
      report: (json) => job && parentPort.postMessage({ report: String(json) }),
      output_size: () => job?.total ?? 0,
    });
    parentPort.postMessage({ ready: true });

    const [{ blocks, files, output }] = await once(parentPort, "message");
    const head = new Int32Array(output, 0, 2);
    job = { head, limit: head[1], data: new Uint8Array(output, 8), total: 0 };
    let error;
    try {
      py.FS.mkdirTree(CWD);
      py.FS.mkdirTree(TMP);
      for (const file of files ?? []) py.FS.writeFile(`${CWD}/${file.name}`, fs.readFileSync(file.source));
      py.FS.writeFile(`${DIR}/job.json`, JSON.stringify({ blocks }));
      py.FS.writeFile(`${DIR}/driver.py`, workerData.driver);
      // The snapshot holds os.environ, the cwd and random's state as they were
      // when it was taken: give this job its own. (random.seed() draws from
      // os.urandom, i.e. crypto.getRandomValues.) Pyodide puts the cwd on
      // sys.path; the native runner's `python -P` does not.
      py.runPython(
        `import os, sys, random
os.environ.update(HOME=${JSON.stringify(CWD)}, TMPDIR=${JSON.stringify(TMP)}, PWD=${JSON.stringify(CWD)})
os.chdir(${JSON.stringify(CWD)})
random.seed()
sys.path[:] = [p for p in sys.path if p]
sys.argv = ["driver.py", ${JSON.stringify(DIR + "/job.json")}]`,
        { globals: py.toPy({}) },
      );
      // Async, so that the driver runs inside a stack-switching call and a
      // listing's asyncio.run() can block on Pyodide's event loop.
      await py.runPythonAsync(workerData.driver, { filename: `${DIR}/driver.py` });
    } catch (e) {
      error = String(e?.message ?? e).trim();
    }
    job = null;
    parentPort.postMessage({ done: true, error });
    if (error) return; // the interpreter may be broken: let the main thread replace us
  }
}

// ------------------------------------------------------------- main thread

function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i += 2) {
    if (!["--pyodide", "--driver"].includes(argv[i]) || argv[i + 1] === undefined) break;
    args[argv[i].slice(2)] = argv[i + 1];
  }
  if (!args.pyodide || !args.driver) {
    throw new Error(`usage: host.mjs --pyodide DIR --driver DRIVER.py (got: ${argv.join(" ")})`);
  }
  return args;
}

// A worker thread running this file. Its console output goes to our stderr:
// our stdout carries answers only.
function spawn(role, data) {
  const worker = new Worker(new URL(import.meta.url), { workerData: { role, ...data }, stdout: true });
  worker.stdout.pipe(process.stderr);
  return worker;
}

// One message (or the worker's death) from a worker; `onOther` sees the rest.
function nextMessage(worker, wanted, onOther = () => {}) {
  return new Promise((resolve, reject) => {
    const off = () => worker.removeAllListeners("message").removeAllListeners("error").removeAllListeners("exit");
    off();
    worker.on("message", (msg) => (wanted(msg) ? (off(), resolve(msg)) : onOther(msg)));
    worker.on("error", (e) => {
      off();
      // os._exit(n) ends the wasm program by throwing Emscripten's ExitStatus.
      const exit = /^Program terminated with exit\((-?\d+)\)$/.exec(e?.message);
      reject(Object.assign(new Error(`interpreter crashed: ${e?.message ?? e}`), { exitCode: exit && Number(exit[1]) }));
    });
    worker.on("exit", (code) => (off(), reject(new Error(`interpreter exited (${code})`))));
  });
}

class Engine {
  constructor(shared) {
    this.worker = spawn("engine", shared);
    this.jobs = 0;
    this.waitReady();
  }
  waitReady() {
    this.ready = nextMessage(this.worker, (msg) => msg.ready).then(() => this);
    this.ready.catch(() => {}); // looked at when the engine is picked
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
  // RecursionError: a fatal error, at times a segfault of the whole process.
  // 256 MB (reserved, touched only as used) lets CPython's check fire first in
  // every case we tried. Read as each stack is made: setting it here, before
  // any worker starts, is enough.
  v8.setFlagsFromString("--wasm-stack-switching-stack-size=262144");
  const indexURL = path.resolve(args.pyodide) + "/";
  const driver = fs.readFileSync(args.driver, "utf8");
  const module = await WebAssembly.compile(fs.readFileSync(indexURL + "pyodide.asm.wasm"));

  const snapshotter = spawn("snapshot", { indexURL, module });
  const { version, snapshot } = await nextMessage(snapshotter, () => true);
  snapshotter.terminate();
  const shared = { indexURL, module, snapshot, driver };
  const engines = [new Engine(shared), new Engine(shared)];
  const retire = (engine) => {
    engine.kill();
    engines[engines.indexOf(engine)] = new Engine(shared);
  };
  // The engine whose interpreter is ready first; replaces one that died while
  // restoring (tried a few times, in case the failure is not the engine's).
  const pick = async () => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await Promise.race(engines.map((engine) => engine.ready));
      } catch (error) {
        for (const engine of engines) if (await engine.ready.then(() => false, () => true)) retire(engine);
        if (attempt === 3) throw error;
      }
    }
  };

  process.stdout.write(JSON.stringify({ ready: true, version }) + "\n");
  for await (const line of readline.createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    let answer;
    try {
      const job = JSON.parse(line);
      const engine = await pick();
      answer = await runJob(job, engine);
      const dead = answer.timed_out || answer.truncated || answer.error || answer.exit_code != null;
      if (dead || ++engine.jobs >= JOBS_PER_ENGINE) retire(engine);
      else engine.waitReady();
    } catch (error) {
      answer = { output: "", truncated: false, reports: [], timed_out: false, seconds: 0, error: String(error?.message ?? error) };
    }
    process.stdout.write(JSON.stringify(answer) + "\n");
  }
  for (const engine of engines) engine.kill();
}

async function runJob(job, engine) {
  const limit = Math.max(0, Math.floor(job.output_limit ?? 65536));
  const output = new SharedArrayBuffer(8 + limit);
  const head = new Int32Array(output, 0, 2);
  head[1] = limit;
  const reports = [];
  const onReport = (msg) => {
    if (msg.report === undefined) return;
    try {
      reports.push(JSON.parse(msg.report));
    } catch {
      reports.push({ invalid: msg.report });
    }
  };
  const started = performance.now();
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve({ timed_out: true }), (job.timeout_seconds ?? 10) * 1000);
  });
  const finished = nextMessage(engine.worker, (msg) => msg.done || msg.truncated, onReport).then(
    (msg) => (msg.error ? { error: msg.error } : {}),
    // A wasm trap or fatal error, or os._exit(), ended the worker.
    (error) => (error.exitCode != null ? { exit_code: error.exitCode } : { error: error.message }),
  );
  engine.worker.postMessage({ blocks: job.blocks, files: job.files, output });
  const end = await Promise.race([finished, timeout]);
  clearTimeout(timer);
  const total = Atomics.load(head, 0);
  const bytes = new Uint8Array(output, 8, Math.min(total, limit)).slice();
  return {
    output: Buffer.from(bytes).toString("utf8"),
    truncated: total > limit,
    reports,
    timed_out: false,
    seconds: Math.round(performance.now() - started) / 1000,
    ...end,
  };
}

// Last, so that every declaration above is initialised before it runs.
if (isMainThread) await main();
else if (workerData.role === "snapshot") await makeSnapshot();
else await engine();

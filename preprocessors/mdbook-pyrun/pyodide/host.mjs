// Runs the book's Python listings on CPython 3.14 compiled to WebAssembly
// (Pyodide), each job in a fresh interpreter. Protocol, strategy and the
// measurements behind it: README.md beside this file.
//
//   node --experimental-wasm-stack-switching host.mjs --pyodide DIR --driver driver.py
//
// One file, three roles, each its own Node process:
//   - the host (this process) reads jobs on stdin and answers on stdout. It
//     never runs Python, so it stays free to stop a listing that hangs or
//     floods, and it survives whatever a listing does to the process running it;
//   - a "snapshot" process boots Pyodide once (about 2 s), saves a memory
//     snapshot of the interpreter as it stands right after start-up, and exits;
//   - two "engine" processes (the second from the first job on) each restore
//     that snapshot into a NEW wasm instance (new memory, so a new CPython;
//     new file system) for every job,
//     and throw it away after the job. That takes ~0.15 s in a warm engine
//     where a cold boot takes ~2 s. While one engine runs a job, the other
//     restores the next interpreter. An engine whose job timed out, flooded or
//     crashed is killed and replaced.
// Processes rather than worker threads: after a wasm trap (ctypes on a wild
// pointer, faulthandler._sigsegv()) Node 20's V8 sometimes segfaults in its
// next garbage collection, which would take a worker's whole process along.
// An engine therefore writes the listing's output and reports straight to
// files, which the host reads even when the engine died.

import { fork } from "node:child_process";
import { once } from "node:events";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequire } from "node:module";

import { START_ENV, instantiatingFrom, runJob as runInInterpreter } from "./job.mjs";

// An engine is replaced after this many jobs, so that whatever a listing left
// behind on the JS side (a pending timer holding its dead interpreter) is bounded.
const JOBS_PER_ENGINE = 64;
const ENGINE_FLAGS = [
  "--experimental-wasm-stack-switching", // asyncio.run() blocks through JSPI
  // The listing runs on the stacks V8 makes for stack switching, 984 kB by
  // default: deep C recursion (a __repr__ calling repr(self)) overflowed them
  // before CPython's own check (about 10 MB of wasm stack) could raise
  // RecursionError. 256 MB (reserved, touched only as used) lets CPython's
  // check fire first in every case we tried.
  "--wasm-stack-switching-stack-size=262144",
];

// ------------------------------------------------------- snapshot and engines

async function pyodideLoader({ indexURL }) {
  const { loadPyodide } = await import(pathToFileURL(indexURL + "pyodide.mjs").href);
  const { default: createModule } = await import(pathToFileURL(indexURL + "pyodide.asm.mjs").href);
  // Compiled once per process, instantiated for each interpreter (job.mjs).
  const module = await WebAssembly.compile(fs.readFileSync(indexURL + "pyodide.asm.wasm"));
  const createPyodideModule = instantiatingFrom(module, createModule);
  const diagnostic = (line) => process.stderr.write(`pyodide: ${line}\n`);
  return (opts) =>
    loadPyodide({
      indexURL,
      createPyodideModule,
      stdin: () => null, // never a real stdin
      stdout: diagnostic,
      stderr: diagnostic,
      ...opts,
    });
}

async function makeSnapshot(config) {
  const py = await (await pyodideLoader(config))({ _makeSnapshot: true, env: START_ENV });
  fs.writeFileSync(config.snapshot, py.makeMemorySnapshot()); // first: nothing has run yet
  process.send({ version: py.runPython("import sys; sys.version") }, () => process.exit(0));
}

async function engine(config) {
  const load = await pyodideLoader(config);
  const snapshot = new Uint8Array(fs.readFileSync(config.snapshot));
  const driver = fs.readFileSync(config.driver, "utf8");

  // Emscripten emulates sockets with WebSockets from the `ws` package, which it
  // require()s from Pyodide's folder: a listing's connect() would reach out to
  // the network, its listen() open a real port on this machine. A stand-in in
  // the require cache refuses both (as a browser refuses listen()).
  let py, PythonError; // the current interpreter (after a fatal error its API throws)
  const refuse = (errno) => class { constructor() { throw new py.FS.ErrnoError(errno); } };
  const noNetwork = Object.assign(refuse(23 /* EHOSTUNREACH */), { Server: refuse(138 /* ENOTSUP */) });
  const require = createRequire(config.indexURL + "pyodide.asm.mjs");
  const ws = require.resolve("ws");
  require.cache[ws] = { id: ws, filename: ws, loaded: true, exports: noNetwork, children: [], paths: [] };

  // The job being run, if any, and its end: `done`, with an `exit_code` after
  // os._exit(n), or an `error` if the driver raised or the interpreter died.
  let job = null;
  const end = (error) => {
    job = null;
    if (error === undefined) return process.send({ done: true });
    const message = String(error?.message ?? error).trim();
    if (error instanceof PythonError) return process.send({ done: true, error: `the driver raised: ${message}` });
    const exit = /^Program terminated with exit\((-?\d+)\)$/.exec(message);
    const msg = exit ? { exit_code: Number(exit[1]) } : { error: `interpreter crashed: ${message}` };
    // After a wasm trap, V8 itself is not to be trusted: exit, the host starts another engine.
    process.send({ done: true, ...msg }, () => process.exit(1));
  };
  // A fatal error or os._exit() in a callback of Pyodide's event loop.
  const fatal = (e) => {
    if (!process.connected || ["EPIPE", "ERR_IPC_CHANNEL_CLOSED"].includes(e?.code)) process.exit(0); // the host has gone
    if (job) return end(e);
    process.stderr.write(`pyodide engine: after its job, a listing failed: ${e?.stack ?? e}\n`);
    process.exit(1);
  };
  process.on("uncaughtException", fatal);
  process.on("unhandledRejection", fatal);
  // The host has gone (it finished, or was killed): so do we, quietly.
  process.on("disconnect", () => process.exit(0));

  for (;;) {
    // A fresh interpreter. Its own `js` globals object, so that even a listing
    // that sets attributes through Pyodide's `js` module leaves nothing behind.
    py = await load({ _loadSnapshot: snapshot, jsglobals: Object.create(globalThis) });
    PythonError = py.ffi.PythonError;
    // stdout and stderr go, as raw bytes in write order, into one file, cut
    // one byte past the limit (which tells the host that there was more). No
    // `job` after the job: a timer the listing left behind writes nowhere.
    const sink = {
      write(buf) {
        if (!job) return buf.length;
        const keep = Math.max(0, Math.min(buf.length, job.limit + 1 - job.total));
        if (keep) fs.writeSync(job.out, buf, 0, keep);
        job.total += buf.length;
        if (job.total > job.limit && !job.cut) process.send({ truncated: (job.cut = true) }); // we get killed
        return buf.length;
      },
    };
    py.setStdout(sink);
    py.setStderr(sink);
    py.setStdin({ read: () => 0 }); // input() sees end of file
    py.registerJsModule("pyrun_host", {
      report: (json) => job && fs.writeSync(job.reports, JSON.stringify(String(json)) + "\n"),
      output_size: () => job?.total ?? 0,
    });
    if (!process.connected) process.exit(0);
    process.send({ ready: true });

    const [{ blocks, files, limit }] = await once(process, "message");
    const thisJob = (job = { limit, total: 0, out: fs.openSync(config.out, "w"), reports: fs.openSync(config.reports, "w") });
    let error;
    try {
      const copied = (files ?? []).map((file) => ({ name: file.name, bytes: fs.readFileSync(file.source) }));
      await runInInterpreter(py, { blocks, files: copied }, driver);
    } catch (e) {
      error = e ?? "crashed";
    }
    if (job !== thisJob) return; // already answered by `fatal`
    fs.closeSync(job.out);
    fs.closeSync(job.reports);
    end(error);
    if (error !== undefined && !(error instanceof PythonError)) return;
  }
}

// ------------------------------------------------------------------- host

function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i += 2) {
    if (!["--pyodide", "--driver", "--role", "--snapshot-cache"].includes(argv[i]) || argv[i + 1] === undefined) break;
    args[argv[i].slice(2)] = argv[i + 1];
  }
  if (args.role) return args;
  if (!args.pyodide || !args.driver) {
    throw new Error(`usage: host.mjs --pyodide DIR --driver DRIVER.py (got: ${argv.join(" ")})`);
  }
  return args;
}

// A process running this file in another role. Its stdout and stderr go to
// our stderr: our stdout carries answers only.
function spawn(role, config) {
  const child = fork(fileURLToPath(import.meta.url), ["--role", role], {
    execArgv: ENGINE_FLAGS,
    env: { ...process.env, PYRUN_HOST_CONFIG: JSON.stringify(config) },
    stdio: ["ignore", 2, 2, "ipc"],
  });
  child.on("error", () => {}); // a failed send: its death is reported by "exit"
  return child;
}

// The first message from `child` that `wanted` accepts; rejects if it dies first.
function nextMessage(child, wanted) {
  return new Promise((resolve, reject) => {
    const died = (code, signal) => new Error(`interpreter process died (${signal ?? `exit code ${code}`})`);
    const onMessage = (msg) => wanted(msg) && (off(), resolve(msg));
    const onExit = (code, signal) => (off(), reject(died(code, signal)));
    const off = () => child.off("message", onMessage).off("exit", onExit);
    if (child.exitCode !== null || child.signalCode !== null) return reject(died(child.exitCode, child.signalCode));
    child.on("message", onMessage).on("exit", onExit);
  });
}

let engineCount = 0;
class Engine {
  constructor(shared) {
    const name = path.join(shared.tmp, `engine-${++engineCount}`);
    this.files = { out: `${name}.out`, reports: `${name}.reports` };
    this.child = spawn("engine", { ...shared, ...this.files });
    this.jobs = 0;
    this.waitReady();
  }
  waitReady() {
    this.ready = nextMessage(this.child, (msg) => msg.ready).then(() => this);
    this.ready.catch(() => {}); // looked at when the engine is picked
  }
  get alive() {
    return this.child.exitCode === null && this.child.signalCode === null;
  }
  dispose() {
    this.child.kill("SIGKILL");
    for (const file of Object.values(this.files)) fs.rmSync(file, { force: true });
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.role) {
    const config = JSON.parse(process.env.PYRUN_HOST_CONFIG);
    return args.role === "snapshot" ? makeSnapshot(config) : engine(config);
  }
  fs.accessSync(args.driver, fs.constants.R_OK); // fail now, not in every engine
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pyrun-pyodide-host-"));
  const shared = {
    indexURL: path.resolve(args.pyodide) + "/",
    driver: path.resolve(args.driver),
    snapshot: path.join(tmp, "snapshot.bin"),
    tmp,
  };
  const engines = [];
  process.on("exit", () => {
    for (const engine of engines) engine.dispose();
    fs.rmSync(tmp, { recursive: true, force: true });
  });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(1));

  const version = await startupSnapshot(shared, args["snapshot-cache"]);
  // One engine now; a second, which restores the next interpreter while the
  // first runs a job, only once there is a job: a build that re-runs one
  // listing does not restore an interpreter it never uses, on a core its
  // other listings need.
  engines.push(new Engine(shared));
  const retire = (engine) => {
    engine.dispose();
    engines[engines.indexOf(engine)] = new Engine(shared);
  };
  // The engine whose interpreter is ready first; replaces one that died while
  // restoring or waiting (a few times, in case the failure is not the engine's).
  const pick = async () => {
    for (let attempt = 0; ; attempt++) {
      let error;
      try {
        const engine = await Promise.race(engines.map((engine) => engine.ready));
        if (engine.alive) return engine;
      } catch (e) {
        error = e;
      }
      for (const engine of [...engines]) if (!engine.alive) retire(engine);
      if (attempt === 3) throw error ?? new Error("interpreter processes keep dying");
    }
  };

  process.stdout.write(JSON.stringify({ ready: true, version }) + "\n");
  for await (const line of readline.createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    let answer;
    try {
      const job = JSON.parse(line);
      const engine = await pick();
      if (engines.length < 2) engines.push(new Engine(shared));
      answer = await runJob(job, engine);
      const dead = answer.timed_out || answer.truncated || answer.error !== undefined || answer.exit_code !== undefined;
      if (dead || ++engine.jobs >= JOBS_PER_ENGINE) retire(engine);
      else engine.waitReady();
    } catch (error) {
      answer = { output: "", truncated: false, reports: [], timed_out: false, seconds: 0, error: String(error?.message ?? error) };
    }
    process.stdout.write(JSON.stringify(answer) + "\n");
  }
  process.exit(0);
}

// Make the start-up snapshot into shared.snapshot, or, with a cache path,
// point shared.snapshot at the one an earlier host left there (booting
// Pyodide takes about 2 s, restoring a snapshot 0.15 s). Returns CPython's
// sys.version.
async function startupSnapshot(shared, cache) {
  const about = cache && `${cache}.json`;
  if (cache && fs.existsSync(cache) && fs.existsSync(about)) {
    try {
      const { version } = JSON.parse(fs.readFileSync(about, "utf8"));
      // Read in place, not copied (31 MB): a host that replaces it renames a
      // whole new file over it, so an engine reads one file or the other.
      shared.snapshot = cache;
      return version;
    } catch {} // unreadable: make a new one
  }
  const { version } = await nextMessage(spawn("snapshot", shared), (msg) => msg.version);
  if (cache) {
    // Written under a private name, then renamed: a host reading at the same
    // time sees the whole file or none. Both files depend only on the cache
    // key in their name, so a mix of two hosts' writes is still consistent.
    const publish = (file, write) => {
      const draft = `${file}.${process.pid}.draft`;
      write(draft);
      fs.renameSync(draft, file);
    };
    try {
      publish(cache, (draft) => fs.copyFileSync(shared.snapshot, draft));
      publish(about, (draft) => fs.writeFileSync(draft, JSON.stringify({ version })));
    } catch (error) {
      process.stderr.write(`pyodide host: cannot keep the snapshot in ${cache}: ${error.message}\n`);
    }
  }
  return version;
}

async function runJob(job, engine) {
  const limit = Math.max(0, Math.floor(job.output_limit ?? 65536));
  const started = performance.now();
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve({ stop: true, timed_out: true }), (job.timeout_seconds ?? 10) * 1000);
  });
  const finished = nextMessage(engine.child, (msg) => msg.done || msg.truncated).then(
    ({ truncated, error, exit_code }) =>
      truncated ? { stop: true } : error !== undefined ? { error } : exit_code !== undefined ? { exit_code } : {},
    (death) => ({ error: death.message }), // e.g. V8 crashed after a wasm trap
  );
  engine.child.send({ blocks: job.blocks, files: job.files, limit });
  const { stop, ...end } = await Promise.race([finished, timeout]);
  clearTimeout(timer);
  const seconds = Math.round(performance.now() - started) / 1000;
  if (stop) engine.child.kill("SIGKILL"); // a flood or a hang: stop it before reading what it wrote

  // Written synchronously by the engine, so complete whatever became of it.
  const read = (file) => (fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0));
  const bytes = read(engine.files.out);
  const reports = [];
  for (const line of read(engine.files.reports).toString("utf8").split("\n")) {
    try {
      const report = JSON.parse(line); // a JSON string, as the driver passed it
      try {
        reports.push(JSON.parse(report));
      } catch {
        reports.push({ invalid: report });
      }
    } catch {} // the empty last line, or one cut short by a crash
  }
  return {
    output: bytes.subarray(0, limit).toString("utf8"),
    truncated: bytes.length > limit,
    reports,
    timed_out: false,
    seconds,
    ...end,
  };
}

await main();

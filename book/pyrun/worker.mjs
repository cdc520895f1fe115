// Runs the book's Python listings in the reader's browser, on the CPython
// 3.14 (Pyodide) the build runs them on, with the build's own driver.py, so
// that a run prints what the build recorded. One module worker per page,
// started by theme/pyrun-browser.js on the first Run; Stop terminates it.
//
// Like the build's host (preprocessors/mdbook-pyrun/pyodide/host.mjs, with
// which it shares job.mjs), it boots Pyodide once, takes a memory snapshot before any code runs, and gives
// every run a fresh interpreter restored from that snapshot, so nothing of one
// run leaks into the next. The next interpreter is restored while the reader
// reads, so a later Run starts at once.
//
// Messages in: {blocks: [{source, filename}]}, the listing last, its session's
// earlier blocks before it. Out: {out: text} as the listing's own block writes,
// {cut: true} past the output cap, then {done: true, error?}.

import { START_ENV, instantiatingFrom, runJob } from "./job.mjs";

// What a page keeps of one run's output; a flood beyond it is cut.
const OUTPUT_CAP = 256 * 1024;

const indexURL = new URL("./pyodide/", import.meta.url).href;
let loader; // makes a new interpreter: a Promise of (options) => Promise<PyodideAPI>
let snapshot; // the interpreter right after start-up
let next; // a Promise of the interpreter the next run gets
let driver; // driver.py's source

async function makeLoader() {
  const { loadPyodide } = await import(indexURL + "pyodide.mjs");
  const { default: createModule } = await import(indexURL + "pyodide.asm.mjs");
  const module = await WebAssembly.compileStreaming(fetch(indexURL + "pyodide.asm.wasm"));
  const createPyodideModule = instantiatingFrom(module, createModule);
  const quiet = () => {};
  return (options) => loadPyodide({ indexURL, createPyodideModule, stdout: quiet, stderr: quiet, ...options });
}

async function firstInterpreter() {
  loader = await makeLoader();
  driver = await (await fetch(new URL("./driver.py", import.meta.url))).text();
  const py = await loader({ _makeSnapshot: true, env: START_ENV });
  snapshot = py.makeMemorySnapshot(); // before anything runs in it
  return py;
}

const freshInterpreter = () => loader({ _loadSnapshot: snapshot, jsglobals: Object.create(globalThis) });

async function run(blocks) {
  const py = await (next ?? firstInterpreter());
  next = null;
  // This block's output starts when the block before it reports its end.
  let own = blocks.length === 1;
  let total = 0;
  let kept = 0;
  const decoder = new TextDecoder();
  const sink = {
    write(bytes) {
      total += bytes.length;
      if (own && kept < OUTPUT_CAP) {
        const part = bytes.subarray(0, OUTPUT_CAP - kept);
        kept += part.length;
        postMessage({ out: decoder.decode(part, { stream: true }) });
        if (kept >= OUTPUT_CAP) postMessage({ cut: true });
      }
      return bytes.length;
    },
  };
  py.setStdout(sink);
  py.setStderr(sink);
  py.setStdin({ read: () => 0 }); // input() sees end of file
  py.registerJsModule("pyrun_host", {
    report(json) {
      const message = JSON.parse(String(json));
      if (message.msg === "block-done" && message.index === blocks.length - 2) own = true;
    },
    output_size: () => total,
  });
  let error;
  try {
    await runJob(py, { blocks }, driver);
  } catch (e) {
    // os._exit(n) ends the wasm program; anything else is the driver's or Pyodide's failure.
    const message = String(e?.message ?? e).trim();
    if (!/^Program terminated with exit\(-?\d+\)$/.test(message)) error = message;
  }
  const rest = decoder.decode();
  if (rest) postMessage({ out: rest });
  postMessage({ done: true, error });
}

// One run at a time: the page waits for `done` before it sends another.
onmessage = async ({ data }) => {
  try {
    await run(data.blocks);
  } catch (e) {
    postMessage({ done: true, error: String(e?.message ?? e) });
  }
  // The next run's interpreter, restored while the reader reads.
  next = freshInterpreter();
  next.catch(() => {});
};

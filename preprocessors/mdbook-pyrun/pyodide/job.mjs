// What the build's host (host.mjs, under Node) and the reader's browser
// (book/pyrun/worker.mjs, which imports this file through the symlink
// book/pyrun/job.mjs) share, so that a listing runs the same way in both: the
// start-up settings, the wasm loading, and one job in a fresh interpreter.

// Where a job lives in its interpreter's file system, as the native runner lays
// out its temporary folder: the listing sees cwd/ (also HOME) and tmp/ (TMPDIR);
// the driver and the job file sit beside them, not in them.
export const DIR = "/home/pyodide";
export const CWD = `${DIR}/cwd`;
export const TMP = `${DIR}/tmp`;

// Start-up settings as the native runner gives CPython (`-X utf8`, the fixed
// nonzero PYTHONHASHSEED of runner/native.rs, PYTHONDONTWRITEBYTECODE=1). The
// hash secret is part of the start-up snapshot, so it would be the same for
// every job anyway; this way it is also the one native CPython uses, and
// strings stay salted (a seed of 0 would turn salting off).
export const START_ENV = { PYTHONHASHSEED: "1", PYTHONUTF8: "1", PYTHONDONTWRITEBYTECODE: "1" };

// A `createPyodideModule` for loadPyodide that instantiates `module`, compiled
// once, instead of letting Pyodide fetch and compile 9.6 MB for every
// interpreter. The two imports are the JS fallback Pyodide itself uses without
// wasm-gc.
export function instantiatingFrom(module, createModule) {
  const marker = Symbol("error marker");
  return (settings) => {
    settings.instantiateWasm = (imports, done) => {
      imports.env.Jsv_GetError_import = () => marker;
      imports.env.JsvError_Check = (value) => value === marker;
      WebAssembly.instantiate(module, imports).then((instance) => done(instance, module));
      return {};
    };
    return createModule(settings);
  };
}

// Set up a job in `py`, a fresh interpreter restored from the start-up
// snapshot: its folders and files, the job file and the driver; then run the
// driver. `files` are [{name, bytes}] for its working directory.
export async function runJob(py, { blocks, files = [] }, driver) {
  py.FS.mkdirTree(CWD);
  py.FS.mkdirTree(TMP);
  for (const file of files) py.FS.writeFile(`${CWD}/${file.name}`, file.bytes);
  py.FS.writeFile(`${DIR}/job.json`, JSON.stringify({ blocks }));
  py.FS.writeFile(`${DIR}/driver.py`, driver);
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
  await py.runPythonAsync(driver, { filename: `${DIR}/driver.py` });
}

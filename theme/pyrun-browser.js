// The reader's side of the listings that mdbook-pyrun splices into the page:
// line numbers; Copy that copies the complete file (hidden lines included);
// and Run, Edit, Reset and Stop for every Python listing that CPython 3.14 in
// the browser (Pyodide, book/pyrun/worker.mjs) can run.
//
// It reads what the preprocessor puts on each `figure.listing`:
//   data-source          the complete source, JSON
//   data-run-block       {"source", "filename"}: what a run executes, JSON
//   data-run-after       ids of the session's earlier figures, which run first
//   data-run-assets      the folder of worker.mjs, driver.py, pyodide/, ace/
//   data-run-label       "CPython 3.14.2"
//   data-run-unavailable why the browser cannot run this listing
// Nothing is fetched and no worker starts until the first Run or Edit.
(function () {
  "use strict";

  const figures = Array.from(document.querySelectorAll("figure.listing[data-source]"));
  if (figures.length === 0) return;

  const sourceOf = (figure) => JSON.parse(figure.dataset.source);
  const editors = new Map(); // figure -> Ace editor, once edited

  // The text a listing has now: the editor's, or the file's.
  function currentSource(figure) {
    const editor = editors.get(figure);
    return editor ? editor.getValue() : sourceOf(figure);
  }

  // ---------------------------------------------------------------- copy
  // mdBook's copy button asks playground_text(pre) at click time; inside a
  // listing, answer with the complete file rather than the visible lines.
  const mdbookText = window.playground_text;
  window.playground_text = function (pre, hidden) {
    const figure = pre.closest && pre.closest("figure.listing[data-source]");
    return figure ? currentSource(figure) : mdbookText(pre, hidden);
  };

  // -------------------------------------------------------- line numbers
  // File line numbers beside the code, so a traceback's line can be found;
  // hidden lines' numbers hide with them when mdBook's eye hides the lines.
  const HIDDEN = { python: /#\s*hide\s*$/, rust: /\/\/\s*hide\s*$/ };
  function numberLines(figure) {
    const code = figure.querySelector("pre > code");
    if (!code) return;
    const language = code.classList.contains("language-rust") ? "rust" : "python";
    const lines = sourceOf(figure).replace(/\n$/, "").split("\n");
    const gutter = document.createElement("span");
    gutter.className = "listing-lines";
    gutter.setAttribute("aria-hidden", "true");
    gutter.innerHTML = lines
      .map((line, i) => (HIDDEN[language].test(line) ? `<span class="boring">${i + 1}\n</span>` : `${i + 1}\n`))
      .join("");
    const pre = code.parentElement;
    pre.classList.add("listing-numbered");
    pre.insertBefore(gutter, code);
  }

  // ------------------------------------------------------------- running
  let worker = null; // the page's one worker, started by the first Run
  let running = null; // {figure, output, label, finish} of the run in progress

  function startWorker(assets) {
    const started = new Worker(new URL("worker.mjs", new URL(assets, document.baseURI)), { type: "module" });
    started.onmessage = ({ data }) => {
      if (!running) return;
      if (data.out !== undefined) running.output.textContent += data.out;
      if (data.cut) running.label.textContent += " (output cut at 256 KiB)";
      if (data.done) running.finish(data.error ? `the run failed: ${data.error}` : "");
    };
    started.onerror = (event) => running && running.finish(`the run failed: ${event.message || "worker error"}`);
    return started;
  }

  // The element that shows this figure's browser run, made on its first Run.
  function outputFor(figure) {
    let box = figure.querySelector(".listing-output-browser");
    if (!box) {
      box = document.createElement("div");
      box.className = "listing-output listing-output-browser";
      box.innerHTML =
        '<div class="listing-output-label"></div><pre class="listing-output-text"><code data-run="browser"></code></pre>';
      figure.querySelector(".listing-run-bar").after(box);
    }
    return { label: box.querySelector(".listing-output-label"), output: box.querySelector("[data-run=browser]") };
  }

  function setRunning(on) {
    for (const button of document.querySelectorAll("figure.listing .listing-run")) button.disabled = on;
  }

  function run(figure, bar) {
    if (running) return;
    const blocks = (figure.dataset.runAfter || "")
      .split(" ")
      .filter(Boolean)
      .map((id) => document.getElementById(id))
      .filter(Boolean)
      .concat([figure])
      .map((f) => ({ source: currentSource(f), filename: JSON.parse(f.dataset.runBlock).filename }));
    const { label, output } = outputFor(figure);
    const name = `${figure.dataset.runLabel} in your browser`;
    label.textContent = `Output — ${name} (running…)`;
    output.textContent = "";
    const stop = bar.querySelector(".listing-stop");
    stop.hidden = false;
    setRunning(true);
    running = {
      figure,
      output,
      label,
      finish(problem) {
        label.textContent = `Output — ${name}${problem ? ` (${problem})` : ""}`;
        stop.hidden = true;
        running = null;
        setRunning(false);
      },
    };
    if (!worker) worker = startWorker(figure.dataset.runAssets);
    worker.postMessage({ blocks });
  }

  function stopRun() {
    if (!running) return;
    worker.terminate(); // the only way to stop a busy interpreter
    worker = null; // the next Run starts a new one
    running.finish("stopped");
  }

  // --------------------------------------------------------------- editing
  let ace = null; // a Promise of window.ace, loaded on the first Edit
  function loadAce(assets) {
    ace ??= new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = new URL("ace/ace.js", new URL(assets, document.baseURI)).href;
      script.onload = () => {
        window.ace.config.set("basePath", new URL("ace/", new URL(assets, document.baseURI)).href);
        resolve(window.ace);
      };
      script.onerror = () => reject(new Error("the editor did not load"));
      document.head.append(script);
    });
    return ace;
  }

  async function edit(figure, bar) {
    if (editors.has(figure)) return;
    const ace = await loadAce(figure.dataset.runAssets);
    const pre = figure.querySelector("pre:has(> code)");
    const box = document.createElement("div");
    box.className = "listing-editor";
    pre.after(box);
    pre.hidden = true;
    const editor = ace.edit(box, {
      value: sourceOf(figure),
      mode: "ace/mode/python",
      theme: document.documentElement.classList.contains("light") ? "ace/theme/dawn" : "ace/theme/tomorrow_night",
      maxLines: Infinity,
      fontSize: "0.875em",
      showPrintMargin: false,
      useWorker: false, // no syntax-check worker: nothing else to fetch
    });
    editors.set(figure, editor);
    bar.querySelector(".listing-edit").hidden = true;
    bar.querySelector(".listing-reset").hidden = false;
    editor.focus();
  }

  function reset(figure, bar) {
    const editor = editors.get(figure);
    if (!editor) return;
    editor.destroy();
    editor.container.remove();
    editors.delete(figure);
    figure.querySelector("pre:has(> code)").hidden = false;
    bar.querySelector(".listing-edit").hidden = false;
    bar.querySelector(".listing-reset").hidden = true;
  }

  // --------------------------------------------------------------- set-up
  function button(text, className, onClick, hidden) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = className;
    b.textContent = text;
    b.hidden = Boolean(hidden);
    b.addEventListener("click", onClick);
    return b;
  }

  for (const figure of figures) {
    numberLines(figure);
    const pre = figure.querySelector("pre:has(> code)");
    if (!pre) continue;
    if (figure.dataset.runUnavailable) {
      const note = document.createElement("p");
      note.className = "listing-run-unavailable";
      note.textContent = `Not runnable in your browser: ${figure.dataset.runUnavailable}.`;
      pre.after(note);
      continue;
    }
    if (!figure.dataset.runBlock) continue;
    const bar = document.createElement("div");
    bar.className = "listing-run-bar";
    bar.append(
      button("Run", "listing-run", () => run(figure, bar)),
      button("Stop", "listing-stop", stopRun, true),
      button("Edit", "listing-edit", () => edit(figure, bar)),
      button("Reset", "listing-reset", () => reset(figure, bar), true),
    );
    pre.after(bar);
  }
})();

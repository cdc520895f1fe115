// The reader's side of the built book, in headless Chromium driven by
// playwright-core: Run, Stop, Edit, Copy, file links and citations.
//
//   node tests/browser/run-listings.mjs SITE_DIR           the checks (exit 1 on any failure)
//   node tests/browser/run-listings.mjs --bench SITE_DIR   the figures of `cargo xtask bench`
//
// The site is served by a static server of our own on 127.0.0.1; any request
// to another origin is blocked and fails the checks, as does any console error.

import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".zip": "application/zip",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".py": "text/plain; charset=utf-8",
  ".rs": "text/plain; charset=utf-8",
};

function serve(root) {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, "http://127.0.0.1");
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) return response.writeHead(403).end();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!fs.existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
};

async function browserSession(origin) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  const context = await browser.newContext();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  const outside = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) return route.continue();
    outside.push(url);
    return route.abort();
  });
  const errors = [];
  const open = async (page_path) => {
    const page = await context.newPage();
    page.on("console", (message) => message.type() === "error" && errors.push(`${page_path}: ${message.text()}`));
    page.on("pageerror", (error) => errors.push(`${page_path}: ${error.message}`));
    await page.goto(`${origin}/${page_path}`, { waitUntil: "load" });
    return page;
  };
  return { browser, context, open, outside, errors };
}

// What the build recorded for CPython 3.14 under a listing, as the page shows it.
const RECORDED_314 = (figure) => {
  const block = Array.from(figure.querySelectorAll(".listing-output[data-implementations]")).find((div) =>
    div.dataset.implementations.split(" ").some((id) => id.startsWith("cpython-3.14")),
  );
  return block?.querySelector("pre.listing-output-text code")?.textContent ?? null;
};

// Figures that a browser run should reproduce exactly: runnable, with a
// recorded 3.14 output free of addresses, timings and randomness.
async function candidates(page) {
  return page.$$eval(
    "figure.listing[data-run-block]",
    (figures, recordedSource) => {
      const recorded = new Function(`return ${recordedSource}`)();
      return figures
        .map((figure) => {
          const source = JSON.parse(figure.dataset.source);
          return {
            id: figure.id,
            session: Boolean(figure.dataset.runAfter),
            hidden: /#\s*hide\s*$/m.test(source),
            expected: recorded(figure),
            source,
          };
        })
        .filter((c) => c.expected && !/0x…/.test(c.expected) && !/\brandom\b|\btime\.|perf_counter|\bid\(|getsizeof|\bgc\./.test(c.source));
    },
    RECORDED_314.toString(),
  );
}

async function runListing(page, id, timeout = 60_000) {
  const figure = page.locator(`#${id}`);
  await figure.getByRole("button", { name: "Run", exact: true }).click();
  await page.waitForFunction(
    (figureId) => {
      const label = document.querySelector(`#${figureId} .listing-output-browser .listing-output-label`);
      return label && !label.textContent.includes("running");
    },
    id,
    { timeout },
  );
  return figure.locator('[data-run="browser"]').textContent();
}

async function checks(site) {
  const server = await serve(site);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const session = await browserSession(origin);
  try {
    // Three chapters: a plain listing, a session listing and one with hidden lines.
    const wanted = { plain: null, session: null, hidden: null };
    for (const chapter of ["objects/inside-list.html", "execution/bytecode.html", "functions/context-managers.html"]) {
      const page = await session.open(chapter);
      for (const c of await candidates(page)) {
        const kind = c.session ? "session" : c.hidden ? "hidden" : "plain";
        if (wanted[kind]) continue;
        const started = Date.now();
        const printed = await runListing(page, c.id);
        wanted[kind] = c.id;
        check(printed === c.expected, `${chapter} #${c.id} (${kind}): the browser prints the recorded CPython 3.14 output (${Date.now() - started} ms)`);
        if (printed !== c.expected) console.log(`  expected: ${JSON.stringify(c.expected)}\n  actual:   ${JSON.stringify(printed)}`);
      }
      if (chapter === "objects/inside-list.html") await stopAndRecover(page);
      if (chapter === "functions/context-managers.html") await copyAndLinks(page);
      await page.close();
    }
    for (const [kind, id] of Object.entries(wanted)) check(id !== null, `a ${kind} listing was found and run`);
    await citations(session);
    check(session.outside.length === 0, `no request left the book's origin ${session.outside.join(" ")}`);
    check(session.errors.length === 0, `no console errors ${session.errors.join(" | ")}`);
  } finally {
    await session.browser.close();
    server.close();
  }
}

// Edit a listing into an endless loop, run it, Stop it: the page recovers.
async function stopAndRecover(page) {
  const figures = await candidates(page);
  const [victim, after] = [figures[0], figures.find((c) => !c.session && c.id !== figures[0].id)];
  const figure = page.locator(`#${victim.id}`);
  await figure.getByRole("button", { name: "Edit", exact: true }).click();
  await page.waitForSelector(`#${victim.id} .listing-editor .ace_content`);
  await page.evaluate((id) => {
    window.ace.edit(document.querySelector(`#${id} .listing-editor`)).setValue("print('looping')\nwhile True:\n    pass\n");
  }, victim.id);
  await figure.getByRole("button", { name: "Run", exact: true }).click();
  await page.waitForFunction((id) => document.querySelector(`#${id} [data-run=browser]`)?.textContent === "looping\n", victim.id, { timeout: 60_000 });
  await page.waitForTimeout(500);
  const stillRunning = await figure.locator(".listing-output-browser .listing-output-label").textContent();
  check(stillRunning.includes("running"), "an endless loop keeps running until stopped");
  await figure.getByRole("button", { name: "Stop", exact: true }).click();
  const label = await figure.locator(".listing-output-browser .listing-output-label").textContent();
  check(label.includes("stopped"), "Stop ends the run");
  const printed = await runListing(page, after.id);
  check(printed === after.expected, "after Stop, another listing runs (in a new worker) and prints its recorded output");
  await figure.getByRole("button", { name: "Reset", exact: true }).click();
  const restored = await page.evaluate((id) => window.playground_text(document.querySelector(`#${id} pre`), false), victim.id);
  check(restored === victim.source, "Reset restores the original listing");
}

// Copy gives the complete file; the caption links to that file in the book.
async function copyAndLinks(page) {
  const id = await page.$$eval("figure.listing[data-run-block]", (figures) =>
    figures.find((f) => /#\s*hide\s*$/m.test(JSON.parse(f.dataset.source)) && f.querySelector("a.listing-file"))?.id,
  );
  check(Boolean(id), "a file listing with hidden lines is on the page");
  if (!id) return;
  const href = await page.locator(`#${id} a.listing-file`).getAttribute("href");
  const file = path.join(REPO, await page.locator(`#${id} a.listing-file`).textContent());
  const onDisk = fs.readFileSync(file, "utf8");
  await page.locator(`#${id} pre`).first().hover();
  await page.locator(`#${id} .clip-button`).first().click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  check(copied === onDisk, `the copy button copies the whole file ${path.relative(REPO, file)}, hidden lines included`);
  const served = await page.evaluate(async (url) => (await fetch(url)).text(), new URL(href, page.url()).href);
  check(served === onDisk, "the caption links to the listing's file, shipped in the book");
  const numbers = await page.locator(`#${id} .listing-lines`).textContent();
  check(numbers.trim().split("\n").length === onDisk.replace(/\n$/, "").split("\n").length, "every line of the file is numbered");
}

// A citation link lands on the listing it names.
async function citations(session) {
  const page = await session.open("execution/source-to-ast.html");
  const link = page.locator('main a[href*="#listing-"]:not(figcaption a)').first();
  const href = await link.getAttribute("href");
  const text = await link.textContent();
  await link.click();
  await page.waitForLoadState("load");
  const target = decodeURIComponent(new URL(page.url()).hash.slice(1));
  const label = await page.locator(`#${target} figcaption a`).first().textContent();
  check(href !== null && label === text, `the citation "${text}" lands on its listing (${href})`);
  await page.close();
}

// The figures `cargo xtask bench` prints.
async function bench(site) {
  const server = await serve(site);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const chapter = "objects/inside-list.html";
  const loadTimes = async (blockScript) => {
    const times = [];
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
    for (let i = 0; i < 7; i++) {
      const context = await browser.newContext();
      if (blockScript) await context.route("**/pyrun-browser.js", (route) => route.abort());
      const page = await context.newPage();
      await page.goto(`${origin}/${chapter}`, { waitUntil: "load" });
      times.push(await page.evaluate(() => performance.getEntriesByType("navigation")[0].loadEventEnd));
      await context.close();
    }
    await browser.close();
    times.sort((a, b) => a - b);
    return times[3];
  };
  const withScript = await loadTimes(false);
  const without = await loadTimes(true);

  const session = await browserSession(origin);
  const page = await session.open(chapter);
  const [first] = await candidates(page);
  let started = Date.now();
  await runListing(page, first.id);
  const cold = Date.now() - started;
  const later = [];
  for (let i = 0; i < 5; i++) {
    await page.waitForTimeout(1500); // the reader reads; the next interpreter is restored meanwhile
    started = Date.now();
    await runListing(page, first.id);
    later.push(Date.now() - started);
  }
  later.sort((a, b) => a - b);
  await session.browser.close();
  server.close();

  const size = (dir) =>
    fs.readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => {
      const p = path.join(dir, e.name);
      return sum + (e.isDirectory() ? size(p) : fs.statSync(p).size);
    }, 0);
  const mb = (bytes) => (bytes / 1e6).toFixed(1);
  console.log(`   first Run to output, cold: ${cold} ms (bound <= 5000 ms)`);
  console.log(`   later Runs of a small listing: median ${later[2]} ms (bound <= 300 ms)`);
  console.log(`   page load with Run never pressed: ${withScript.toFixed(0)} ms, against ${without.toFixed(0)} ms without the Run script (median of 7)`);
  console.log(`   built book: ${mb(size(site))} MB, of which ${mb(size(path.join(site, "pyrun")))} MB for running in the browser (budget <= 20 MB)`);
}

const args = process.argv.slice(2);
const benchMode = args[0] === "--bench";
const site = path.resolve(args[benchMode ? 1 : 0] ?? "");
if (!fs.existsSync(path.join(site, "index.html"))) {
  console.error(`usage: node run-listings.mjs [--bench] SITE_DIR (no index.html in ${site})`);
  process.exit(2);
}
if (benchMode) {
  await bench(site);
} else {
  await checks(site);
  if (failures.length) {
    console.error(`\n${failures.length} browser check(s) failed`);
    process.exit(1);
  }
}

//! `cargo xtask bench`: the runner's four figures, each measured side by side
//! in the same run.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

use crate::tools::Tools;

/// Trivial listings per side for the isolation figure.
const ISOLATION_RUNS: usize = 40;

pub fn run(root: &Path, bin: &Path, tools: &Tools) -> Result<()> {
    let isolation = isolation_cost(bin)?;
    println!(
        "1. isolation cost per listing: {:.1} ms through our runner vs {:.1} ms for `python3 -c pass`: ratio {:.2} (target <= 1.0)",
        isolation.0,
        isolation.1,
        isolation.0 / isolation.1
    );

    let (sandboxed, bare) = sandbox_cost(bin)?;
    println!(
        "   of which the sandbox (namespaces, Landlock, no capabilities): {:.1} ms per program started through it \
         ({:.1} ms for `/bin/true` through the sandbox vs {:.1} ms bare)",
        sandboxed - bare,
        sandboxed,
        bare
    );

    let book = BookBuilds { root, bin, tools };
    book.build(&[])?; // warm the cache
    let warm = book.best_of(3, &[])?;
    let plain = book.best_of(3, &[("MDBOOK_PREPROCESSOR__PYRUN__RENDERERS", "[]")])?;
    println!(
        "2. warm rebuild: {:.2} s with every listing cached vs {:.2} s with the preprocessor disabled: ratio {:.2} (target <= 1.10)",
        warm.as_secs_f64(),
        plain.as_secs_f64(),
        warm.as_secs_f64() / plain.as_secs_f64()
    );
    let own = book.preprocessor_alone()?;
    println!(
        "   of which the preprocessor process itself: {:.0} ms ({:.0}% of the disabled build); the rest is mdBook \
         rendering and indexing the listings' code and outputs, which the disabled build does not contain",
        own.as_secs_f64() * 1000.0,
        100.0 * own.as_secs_f64() / plain.as_secs_f64()
    );

    let cold = [("MDBOOK_PREPROCESSOR__PYRUN__FORCE", "true")];
    let (one, one_summary) = book.build(&[cold[0], ("MDBOOK_PREPROCESSOR__PYRUN__JOBS", "1")])?;
    let (all, all_summary) = book.build(&cold)?;
    println!(
        "3. cold build: {:.2} s on 1 worker vs {:.2} s on all {} cores: speed-up {:.2}x (target >= 1.6)",
        one.as_secs_f64(),
        all.as_secs_f64(),
        std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
        one.as_secs_f64() / all.as_secs_f64()
    );
    println!("   1 worker:  {one_summary}\n   all cores: {all_summary}");

    let (rerun, python_edit) = edits(&book, "listings/names-and-references/binding.py", "#")?;
    println!(
        "4. one edit: {rerun} unit(s) re-run after editing one Python listing (target: that listing once on each \
         implementation present); the book rebuilt as `serve` does in {python_edit} (bound: page updated in <= 2 s)"
    );
    let (rerun, rust_edit) = edits(&book, "listings/embedding/src/bin/hello_embedded.rs", "//")?;
    println!(
        "   one Rust listing edited: {rerun} unit(s) re-run, its program rebuilt incrementally; the book rebuilt as \
         `serve` does in {rust_edit}"
    );

    println!("6. the reader's browser (Chromium, the book served on 127.0.0.1):");
    browser_figures(&book)?;

    let (cold, summary) = cold_pass_everywhere(root, bin)?;
    println!(
        "5. cold pass over every listing on every implementation present: {:.1} s (target <= 180 s)\n   {summary}",
        cold.as_secs_f64()
    );
    Ok(())
}

/// Run, page load and size figures from tests/browser/run-listings.mjs, on a fresh build of the book.
fn browser_figures(book: &BookBuilds) -> Result<()> {
    let site = tempfile_dir()?.join("browser-site");
    let status = book
        .tools
        .mdbook_command(book.root)
        .arg("build")
        .arg("--dest-dir")
        .arg(&site)
        .env("MDBOOK_PREPROCESSOR__PYRUN__COMMAND", book.bin)
        .stderr(Stdio::null())
        .status()?;
    if !status.success() {
        bail!("mdbook build failed");
    }
    let status = Command::new("node")
        .arg(book.root.join("tests/browser/run-listings.mjs"))
        .arg("--bench")
        .arg(&site)
        .status()?;
    let _ = std::fs::remove_dir_all(&site);
    if !status.success() {
        bail!("the browser figures failed");
    }
    Ok(())
}

/// `check` with the cache bypassed: every listing on the VM and on every
/// CPython present, as a fresh clone's first `cargo xtask test` runs them.
fn cold_pass_everywhere(root: &Path, bin: &Path) -> Result<(Duration, String)> {
    let started = Instant::now();
    let output = Command::new(bin)
        .arg("check")
        .arg("--root")
        .arg(root)
        .env("PYRUN_FORCE", "1")
        .stderr(Stdio::piped())
        .output()?;
    let elapsed = started.elapsed();
    let stderr = String::from_utf8_lossy(&output.stderr);
    if !output.status.success() {
        bail!("mdbook-pyrun check failed:\n{stderr}");
    }
    let summary = stderr.lines().filter(|l| l.starts_with("pyrun: ")).collect::<Vec<_>>().join("\n   ");
    Ok((elapsed, summary))
}

/// Mean wall time per trivial listing: our runner (a worker forked from the
/// zygote per listing, one after another) against starting CPython.
fn isolation_cost(bin: &Path) -> Result<(f64, f64)> {
    let output = Command::new(bin).args(["bench-isolation", &ISOLATION_RUNS.to_string()]).output()?;
    if !output.status.success() {
        bail!("bench-isolation failed: {}", String::from_utf8_lossy(&output.stderr));
    }
    let ours: f64 = String::from_utf8_lossy(&output.stdout).trim().parse().context("parsing bench-isolation")?;
    // Time the interpreter itself, not a version manager's shim in front of it.
    let python = Command::new("python3").args(["-c", "import sys; print(sys.executable)"]).output()?;
    let python = String::from_utf8_lossy(&python.stdout).trim().to_string();
    let started = Instant::now();
    for _ in 0..ISOLATION_RUNS {
        let status = Command::new(&python).args(["-c", "pass"]).stdin(Stdio::null()).status()?;
        if !status.success() {
            bail!("python3 -c pass failed");
        }
    }
    let python = started.elapsed().as_secs_f64() * 1000.0 / ISOLATION_RUNS as f64;
    Ok((ours, python))
}

/// Mean wall time to start `/bin/true` through the listings' sandbox
/// (`mdbook-pyrun sandbox-exec`, as native CPython and Rust listings start)
/// and without it.
fn sandbox_cost(bin: &Path) -> Result<(f64, f64)> {
    let folder = tempfile_dir()?;
    let time = |command: &mut dyn FnMut() -> Command| -> Result<f64> {
        let started = Instant::now();
        for _ in 0..ISOLATION_RUNS {
            if !command().stdin(Stdio::null()).status()?.success() {
                bail!("a sandboxed /bin/true failed");
            }
        }
        Ok(started.elapsed().as_secs_f64() * 1000.0 / ISOLATION_RUNS as f64)
    };
    let sandboxed = time(&mut || {
        let mut command = Command::new(bin);
        command.arg("sandbox-exec").arg("--folder").arg(&folder).args(["--", "/bin/true"]);
        command
    })?;
    let bare = time(&mut || Command::new("/bin/true"))?;
    Ok((sandboxed, bare))
}

struct BookBuilds<'a> {
    root: &'a Path,
    bin: &'a Path,
    tools: &'a Tools,
}

impl BookBuilds<'_> {
    /// One `mdbook build` into a scratch folder; returns its time and our summary line.
    fn build(&self, env: &[(&str, &str)]) -> Result<(Duration, String)> {
        let dest = tempfile_dir()?;
        let mut command = self.tools.mdbook_command(self.root);
        command
            .arg("build")
            .arg("--dest-dir")
            .arg(&dest)
            .env("MDBOOK_PREPROCESSOR__PYRUN__COMMAND", self.bin)
            .stderr(Stdio::piped());
        for (key, value) in env {
            command.env(key, value);
        }
        let started = Instant::now();
        let output = command.output()?;
        let elapsed = started.elapsed();
        let _ = std::fs::remove_dir_all(&dest);
        let stderr = String::from_utf8_lossy(&output.stderr);
        if !output.status.success() {
            bail!("mdbook build failed:\n{stderr}");
        }
        let summary =
            stderr.lines().find(|l| l.starts_with("pyrun: ") && l.contains(" run, ")).unwrap_or("").to_string();
        Ok((elapsed, summary))
    }

    /// The preprocessor's own time on a warm cache: capture the JSON mdBook
    /// sends it, then time the binary on that input alone (best of 5).
    fn preprocessor_alone(&self) -> Result<Duration> {
        let scratch = tempfile_dir()?;
        let input = scratch.join("preprocessor-input.json");
        let wrapper = scratch.join("capture.sh");
        std::fs::write(
            &wrapper,
            format!(
                "#!/bin/sh\nif [ \"$1\" = supports ]; then exec '{bin}' \"$@\"; fi\ntee '{input}' | exec '{bin}' \"$@\"\n",
                bin = self.bin.display(),
                input = input.display()
            ),
        )?;
        std::process::Command::new("chmod").arg("+x").arg(&wrapper).status()?;
        let dest = scratch.join("site");
        let status = self
            .tools
            .mdbook_command(self.root)
            .arg("build")
            .arg("--dest-dir")
            .arg(&dest)
            .env("MDBOOK_PREPROCESSOR__PYRUN__COMMAND", &wrapper)
            .stderr(Stdio::null())
            .status()?;
        if !status.success() {
            bail!("mdbook build with the capturing wrapper failed");
        }
        let mut best = Duration::MAX;
        for _ in 0..5 {
            let started = Instant::now();
            let output = Command::new(self.bin)
                .current_dir(self.root)
                .stdin(std::fs::File::open(&input)?)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()?;
            if !output.success() {
                bail!("the preprocessor failed on the captured input");
            }
            best = best.min(started.elapsed());
        }
        let _ = std::fs::remove_dir_all(&scratch);
        Ok(best)
    }

    fn best_of(&self, times: usize, env: &[(&str, &str)]) -> Result<Duration> {
        let mut best = Duration::MAX;
        for _ in 0..times {
            best = best.min(self.build(env)?.0);
        }
        Ok(best)
    }
}

/// How many edits of a listing are timed: one edit is one sample of a noisy
/// machine (two cores shared with mdBook, Node and cargo).
const EDITS: usize = 5;

/// `one_edit` EDITS times: the units that ran (the most of any edit) and the
/// build times, as "median M s (first F s, slowest S s)".
fn edits(book: &BookBuilds, file: &str, comment: &str) -> Result<(usize, String)> {
    let mut runs = 0;
    let mut times = Vec::new();
    for _ in 0..EDITS {
        let (run, time) = one_edit(book, file, comment)?;
        runs = runs.max(run);
        times.push(time.as_secs_f64());
    }
    let first = times[0];
    times.sort_by(f64::total_cmp);
    let summary = format!(
        "median {:.2} s of {EDITS} edits (first {first:.2} s, slowest {:.2} s)",
        times[EDITS / 2],
        times[EDITS - 1]
    );
    Ok((runs, summary))
}

/// Edit one listing file (a comment at its end), rebuild, and count the units
/// that ran and time the build; restore the file.
fn one_edit(book: &BookBuilds, file: &str, comment: &str) -> Result<(usize, Duration)> {
    let listing = book.root.join(file);
    let original = std::fs::read_to_string(&listing).with_context(|| format!("reading {}", listing.display()))?;
    // A fresh edit every time: an edit seen before would be in the cache.
    let nonce = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH)?.as_nanos();
    std::fs::write(&listing, format!("{original}{comment} edited by cargo xtask bench ({nonce})\n"))?;
    // Built as `serve` rebuilds after an edit.
    let settings = crate::serve_settings(book.bin, false);
    let env: Vec<(&str, &str)> =
        settings.iter().map(|(key, value)| (*key, value.to_str().expect("a UTF-8 path"))).collect();
    let result = book.build(&env);
    std::fs::write(&listing, &original)?;
    let (elapsed, summary) = result?;
    // "pyrun: 325 listings (286 units): 1 run, 285 cached, ..."
    let run = summary
        .split("units): ")
        .nth(1)
        .and_then(|rest| rest.split(" run").next())
        .and_then(|n| n.trim().parse().ok())
        .with_context(|| format!("no run count in {summary:?}"))?;
    Ok((run, elapsed))
}

fn tempfile_dir() -> Result<std::path::PathBuf> {
    let dir = std::env::temp_dir().join(format!("pyrun-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

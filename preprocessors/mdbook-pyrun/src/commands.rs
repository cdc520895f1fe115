//! The commands authors run besides the preprocessor itself.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

use crate::config::Config;
use crate::disk::chapters_on_disk;
use crate::fence::Attrs;
use crate::listing::Listing;
use crate::pipeline::{run_book, worker_exe, BookRun, CPythonResult, ChapterRun, Mode, Origin};
use crate::preprocess::{drifts, report, report_divergences, report_runs};
use crate::protocol::{Job, JobBlock};
use crate::recorded::{bless, strays};
use crate::recordings::{self, ChapterRecordings, Recording};
use crate::runner::{run_job, Zygote};
use crate::verdict::judge;

fn load(root: &Path) -> Result<(Config, BookRun)> {
    let (config, src) = Config::from_book_root(root)?;
    let chapters = chapters_on_disk(root, &src)?;
    let run = run_book(&chapters, root, &config, &worker_exe()?, Mode::Everything)?;
    Ok((config, run))
}

fn used_files(run: &BookRun) -> BTreeSet<PathBuf> {
    run.records().filter_map(|r| r.listing.file.clone()).collect()
}

/// Run every listing on every implementation present, and write the recorded
/// outputs: the VM's `.out` beside each listing file, and each chapter's
/// CPython recordings. A CPython that is not here keeps its recordings.
pub fn bless_all(root: &Path) -> Result<()> {
    let (config, run) = load(root)?;
    report_runs(&run)?;
    let mut changed = 0;
    for record in run.records() {
        let (Some(file), Some(Ok(output))) = (&record.listing.file, &record.vm) else { continue };
        if bless(root, file, &output.text).with_context(|| format!("writing the recording of {}", file.display()))? {
            eprintln!("blessed {}", crate::recorded::recorded_path(file).display());
            changed += 1;
        }
    }
    if config.cpython.is_some() {
        // A chapter without listings has no recordings to keep, and must not
        // remove those of another chapter with the same file name (slug):
        // `performance/implementations.md` and `appendix/implementations.md`.
        for chapter in run.chapters.iter().filter(|c| !c.records.is_empty()) {
            let recordings = cpython_recordings(chapter, &run);
            if recordings::write(root, &chapter.recordings_path, &recordings)? {
                eprintln!("blessed {}", chapter.recordings_path.display());
                changed += 1;
            }
        }
    }
    eprintln!("pyrun: {changed} recording file(s) written");
    let strays = strays(root, &config.listings, &used_files(&run));
    if !strays.is_empty() {
        bail!("files under {} that no chapter uses:\n  {}", config.listings.display(), join(&strays));
    }
    // Recordings are written first: the divergences they show are for the author to declare.
    report_divergences(&run)
}

/// A chapter's CPython recordings after a run: what ran here, and what was
/// recorded before for the CPythons that are not here.
pub fn cpython_recordings(chapter: &ChapterRun, run: &BookRun) -> ChapterRecordings {
    let mut recordings = ChapterRecordings::default();
    for record in &chapter.records {
        let Some(hash) = &record.source_hash else { continue };
        for cpython in &run.cpythons {
            let key = cpython.key();
            let old = chapter.recorded.listing.get(&record.listing.id).and_then(|r| r.get(&key));
            let recording = match record.cpython.get(&key) {
                Some(CPythonResult::Output(output)) if output.origin == Origin::Ran => Some(Recording {
                    version: output.version.clone(),
                    source: hash.clone(),
                    raised: output.raised.clone(),
                    problem: output.problem.clone(),
                    output: Some(output.text.clone()),
                    cannot_run: None,
                }),
                Some(CPythonResult::CannotRun { version, reason }) => Some(Recording {
                    version: version.clone(),
                    source: hash.clone(),
                    raised: None,
                    problem: None,
                    output: None,
                    cannot_run: Some(reason.clone()),
                }),
                _ => {
                    if old.is_some() {
                        eprintln!("pyrun: warning: CPython {} is not here; the recordings of `{}` on it are kept as they were", cpython.minor, record.listing.id);
                    }
                    old.cloned()
                }
            };
            if let Some(recording) = recording {
                recordings.listing.entry(record.listing.id.clone()).or_default().insert(key, recording);
            }
        }
    }
    recordings
}

/// Run every listing on every implementation present, and compare each with
/// its recorded output.
pub fn check_all(root: &Path) -> Result<()> {
    let (config, run) = load(root)?;
    report(&run)?;
    let mut problems = drifts(root, &run);
    if std::env::var_os("PYRUN_REQUIRE_CPYTHON").is_some_and(|v| v != "0") {
        for cpython in &run.cpythons {
            if let Err(why) = &cpython.engine {
                problems.push(format!(
                    "CPython {} is required here (PYRUN_REQUIRE_CPYTHON) but not available: {why}",
                    cpython.minor
                ));
            }
        }
    }
    let strays = strays(root, &config.listings, &used_files(&run));
    if !strays.is_empty() {
        problems.push(format!("files under {} that no chapter uses:\n  {}", config.listings.display(), join(&strays)));
    }
    for problem in &problems {
        eprintln!("error: {problem}");
    }
    if !problems.is_empty() {
        bail!("{} listing(s) do not match their recorded output", problems.len());
    }
    let present: Vec<String> = run
        .cpythons
        .iter()
        .filter(|c| c.engine.is_ok())
        .map(|c| c.label(c.version.as_deref().unwrap_or("?")))
        .collect();
    eprintln!(
        "pyrun: every listing matches its recorded output (checked on the VM{})",
        present.iter().map(|p| format!(", {p}")).collect::<String>()
    );
    Ok(())
}

/// Run one Python file the way the book build would, and print what it did.
pub fn run_file(path: &Path, expect_error: Option<String>, config: &Config) -> Result<bool> {
    let source = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let listing = Listing {
        id: path.display().to_string(),
        label: "Listing".into(),
        chapter_path: path.to_path_buf(),
        line: 1,
        span: 0..0,
        attrs: Attrs { expect_error, ..Attrs::default() },
        file: Some(path.to_path_buf()),
        source,
    };
    let job = Job {
        blocks: vec![JobBlock { source: listing.source.clone(), filename: listing.filename() }],
        limits: config.default_limits(),
        files: Vec::new(),
    };
    let zygote = Zygote::start(&worker_exe()?)?;
    let run = run_job(&zygote, &job, config.default_timeout(), config.output_limit())?;
    let verdict = judge(&[&listing], &run, &job.limits, config.output_limit()).remove(0);
    match verdict {
        Ok(output) => {
            print!("{}", output.text);
            for warning in &output.warnings {
                eprintln!("pyrun: warning: {warning}");
            }
            let how = output.raised.map(|e| format!(", raised {e} as expected")).unwrap_or_default();
            eprintln!("pyrun: ok{how} ({:.2} s)", run.seconds);
            Ok(true)
        }
        Err(failure) => {
            print!("{}", failure.output);
            eprintln!("pyrun: FAILED: expected {}; actual: {}", failure.expected, failure.actual);
            Ok(false)
        }
    }
}

fn join(paths: &[PathBuf]) -> String {
    paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join("\n  ")
}

/// Mean wall-clock milliseconds per trivial listing, run one after another,
/// each in its own worker: the isolation cost the benchmark reports. The
/// zygote's one-off start is included, spread over the runs.
pub fn bench_isolation(count: usize) -> Result<f64> {
    let config = Config::default();
    let job = Job {
        blocks: vec![JobBlock { source: "pass\n".into(), filename: "trivial.py".into() }],
        limits: config.default_limits(),
        files: Vec::new(),
    };
    let started = std::time::Instant::now();
    let zygote = Zygote::start(&worker_exe()?)?;
    for _ in 0..count {
        let run = run_job(&zygote, &job, config.default_timeout(), config.output_limit())?;
        if !run.finished {
            bail!("a trivial listing did not finish: {:?}", run.end);
        }
    }
    Ok(started.elapsed().as_secs_f64() * 1000.0 / count as f64)
}

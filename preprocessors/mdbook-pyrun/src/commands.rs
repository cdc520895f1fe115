//! The commands authors run besides the preprocessor itself.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

use crate::config::Config;
use crate::disk::chapters_on_disk;
use crate::fence::Attrs;
use crate::listing::Listing;
use crate::pipeline::{run_book, worker_exe, BookRun};
use crate::preprocess::report;
use crate::protocol::{Job, JobBlock};
use crate::recorded::{bless, compare, strays, Drift};
use crate::runner::{run_job, Zygote};
use crate::verdict::judge;

fn load(root: &Path) -> Result<(Config, BookRun)> {
    let (config, src) = Config::from_book_root(root)?;
    let chapters = chapters_on_disk(root, &src)?;
    let run = run_book(&chapters, root, &config, &worker_exe()?)?;
    Ok((config, run))
}

fn file_listings(run: &BookRun) -> impl Iterator<Item = (&Listing, &str)> {
    run.chapters.iter().flat_map(|c| c.listings.iter().zip(&c.verdicts)).filter_map(|(listing, verdict)| {
        match (&listing.file, verdict) {
            (Some(_), Some(Ok(output))) => Some((listing, output.text.as_str())),
            _ => None,
        }
    })
}

fn used_files(run: &BookRun) -> BTreeSet<PathBuf> {
    run.chapters.iter().flat_map(|c| &c.listings).filter_map(|l| l.file.clone()).collect()
}

/// Run every listing and write the recorded output of each file listing.
pub fn bless_all(root: &Path) -> Result<()> {
    let (config, run) = load(root)?;
    report(&run)?;
    let mut changed = 0;
    for (listing, text) in file_listings(&run) {
        let file = listing.file.as_ref().expect("file listings have files");
        if bless(root, file, text).with_context(|| format!("writing the recording of {}", file.display()))? {
            eprintln!("blessed {}", crate::recorded::recorded_path(file).display());
            changed += 1;
        }
    }
    eprintln!("pyrun: {changed} recorded output(s) written");
    let strays = strays(root, &config.listings, &used_files(&run));
    if !strays.is_empty() {
        bail!("files under {} that no chapter uses:\n  {}", config.listings.display(), join(&strays));
    }
    Ok(())
}

/// Run every listing and compare each file listing with its recorded output.
pub fn check_all(root: &Path) -> Result<()> {
    let (config, run) = load(root)?;
    report(&run)?;
    let mut problems = Vec::new();
    for (listing, text) in file_listings(&run) {
        let file = listing.file.as_ref().expect("file listings have files");
        match compare(root, file, text) {
            None => {}
            Some(Drift::Missing) => problems.push(format!(
                "listing `{}` ({}) has no recorded output {}; run `cargo xtask bless`",
                listing.id,
                listing.location(),
                crate::recorded::recorded_path(file).display()
            )),
            Some(Drift::Differs(diff)) => problems.push(format!(
                "listing `{}` ({}) drifted from its recorded output:\n{diff}",
                listing.id,
                listing.location()
            )),
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
    eprintln!("pyrun: every listing matches its recorded output");
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

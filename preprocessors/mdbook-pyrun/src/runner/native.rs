//! Running a listing on a native CPython: the isolation of a Rust listing
//! (see program.rs), with `driver.py` running the blocks and reporting each
//! one's outcome, as the VM's worker does.

use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};

use super::process::{listing_folder, record_report, RawRun};
use super::program::{run_isolated, Sandboxed};
use crate::protocol::{Job, JobBlock, WorkerMessage};

/// Runs a job's blocks on CPython and reports their outcomes; also used by Pyodide.
pub const DRIVER: &str = include_str!("driver.py");

/// How a native CPython is started: -s, no user site-packages; -P, the
/// driver's folder is not on sys.path; UTF-8 mode, as on the VM.
pub const ARGS: [&str; 4] = ["-s", "-P", "-X", "utf8"];

/// The hash seed of every CPython run, native and Pyodide.
pub const HASH_SEED: &str = "1";

/// What the driver reads: the blocks only (the limits are applied from outside).
#[derive(serde::Serialize)]
pub struct DriverJob<'a> {
    pub blocks: &'a [JobBlock],
}

/// Run `job` on the CPython executable `python`.
pub fn run_native(
    python: &Path,
    sandbox: &Sandboxed,
    job: &Job,
    timeout: Duration,
    output_limit: u64,
) -> Result<RawRun> {
    let started = Instant::now();
    let dir = listing_folder(job)?;
    // Beside the listing's working directory, not in it: the listing sees only its own files.
    let (driver, job_file, reports) =
        (dir.path().join("driver.py"), dir.path().join("job.json"), dir.path().join("reports.jsonl"));
    std::fs::write(&driver, DRIVER)?;
    std::fs::write(&job_file, serde_json::to_vec(&DriverJob { blocks: &job.blocks })?)?;
    std::fs::write(&reports, "")?;
    let mut args: Vec<std::ffi::OsString> = ARGS.iter().map(Into::into).collect();
    args.extend([driver.into_os_string(), job_file.into_os_string(), reports.clone().into_os_string()]);
    // A fixed, nonzero hash seed: str and bytes hashes stay salted, as by
    // default, but the order of a set of strings, and so the recorded output,
    // is the same on every run (the VM's set keeps insertion order anyway).
    let env = [("PYTHONHASHSEED", HASH_SEED), ("PYTHONDONTWRITEBYTECODE", "1")];
    // The interpreter's installation (bin/, lib/) stays readable.
    let prefix: Vec<PathBuf> = python.parent().and_then(Path::parent).map(Path::to_path_buf).into_iter().collect();
    let mut run = run_isolated(python, &args, &env, sandbox, &prefix, dir.path(), job, timeout, output_limit)
        .with_context(|| format!("running a listing on {}", python.display()))?;
    for line in std::io::BufReader::new(std::fs::File::open(&reports)?).lines() {
        let line = line?;
        // A listing killed mid-write leaves at most one partial last line.
        let Ok(message) = serde_json::from_str::<WorkerMessage>(&line) else { continue };
        record_report(message, &mut run);
    }
    run.seconds = started.elapsed().as_secs_f64();
    Ok(run)
}

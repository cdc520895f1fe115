//! Running a compiled Rust listing: the same folder, capture, limits, timeout
//! and process-group kill as a Python listing, but a program of its own
//! instead of a forked interpreter.

use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};

use super::process::{collect_output, listing_folder, ProcessEnd, RawRun, Running, WATCH_INTERVAL};
use crate::protocol::{layout, BlockOutcome, Job};

/// How a native program enters its listing's sandbox: through this
/// executable's `sandbox-exec` subcommand (our own binary).
#[derive(Debug, Clone)]
pub struct Sandboxed {
    pub trampoline: std::path::PathBuf,
}

/// Run `exe` with `job`'s limits; its exit status 0 counts as the one block completing.
pub fn run_program(exe: &Path, sandbox: &Sandboxed, job: &Job, timeout: Duration, output_limit: u64) -> Result<RawRun> {
    let started = Instant::now();
    let dir = listing_folder(job)?;
    let mut run = run_isolated(exe, &[], &[], sandbox, &[exe.to_path_buf()], dir.path(), job, timeout, output_limit)?;
    if run.end == (ProcessEnd::Exited { code: 0 }) && !run.truncated {
        run.blocks.push((BlockOutcome::Completed, run.output.len() as u64));
        run.finished = true;
    }
    run.seconds = started.elapsed().as_secs_f64();
    Ok(run)
}

/// Run `command` as a listing in the prepared folder `dir`: only `env` and the
/// basics in its environment, its working directory, `HOME` and `TMPDIR` in `dir`, stdout and stderr appended to the
/// capture file, no stdin, `job`'s limits, its own process group (killed
/// afterwards, whatever happened) and a wall-clock `timeout`.
#[allow(clippy::too_many_arguments)]
pub(super) fn run_isolated(
    program: &Path,
    args: &[std::ffi::OsString],
    env: &[(&str, &str)],
    sandbox: &Sandboxed,
    read: &[std::path::PathBuf],
    dir: &Path,
    job: &Job,
    timeout: Duration,
    output_limit: u64,
) -> Result<RawRun> {
    let started = Instant::now();
    // The trampoline enters the sandbox (see sandbox.rs), then executes the program.
    let mut command = Command::new(&sandbox.trampoline);
    command.arg(crate::sandbox::TRAMPOLINE).arg("--folder").arg(dir);
    for path in read {
        command.arg("--read").arg(path);
    }
    command.arg("--").arg(program).args(args);
    let capture = std::fs::OpenOptions::new().append(true).open(dir.join(layout::CAPTURE))?;
    let limits = job.limits;
    command
        .current_dir(dir.join(layout::CWD))
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_else(|| "/usr/bin:/bin".into()))
        .env("HOME", dir.join(layout::CWD))
        .env("TMPDIR", dir.join(layout::TMP))
        .env("LANG", "C.UTF-8")
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .stdout(capture.try_clone()?)
        .stderr(capture)
        .process_group(0);
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        command.pre_exec(move || {
            libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
            limits.apply()
        });
    }
    let mut child = command.spawn().with_context(|| format!("starting {}", program.display()))?;
    let mut process = Running::new(child.id() as i32);
    let mut run = RawRun::default();
    let deadline = started + timeout;
    let capture_path = dir.join(layout::CAPTURE);
    while !process.has_exited() {
        if std::fs::metadata(&capture_path)?.len() > output_limit {
            run.truncated = true;
            break;
        }
        let now = Instant::now();
        if now >= deadline {
            run.end = ProcessEnd::TimedOut { seconds: timeout.as_secs_f64() };
            break;
        }
        process.wait((deadline - now).min(WATCH_INTERVAL), None);
    }
    process.kill_group();
    let status = child.wait()?;
    if !matches!(run.end, ProcessEnd::TimedOut { .. }) {
        use std::os::unix::process::ExitStatusExt;
        run.end = match (status.code(), status.signal()) {
            (Some(code), _) => ProcessEnd::Exited { code },
            (None, Some(signal)) => ProcessEnd::Signalled { signal },
            (None, None) => ProcessEnd::Exited { code: -1 },
        };
    }
    collect_output(dir, output_limit, &mut run)?;
    run.seconds = started.elapsed().as_secs_f64();
    Ok(run)
}

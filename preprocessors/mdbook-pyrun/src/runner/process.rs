//! Running one job in a worker forked by the zygote: prepare its temporary
//! folder, hand it the job, watch the clock and the output size, and collect
//! what it reported. Whatever happens, the worker's whole process group is
//! killed and the folder deleted before [`run_job`] returns.

use std::fs::File;
use std::io::{BufRead, BufReader, ErrorKind, Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::net::{UnixListener, UnixStream};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use super::zygote::Zygote;
use crate::protocol::{layout, BlockOutcome, Job, WorkerMessage};

/// How often the output size is checked while a listing runs.
pub(super) const WATCH_INTERVAL: Duration = Duration::from_millis(25);

/// How long to wait for the zygote's report of an ended worker.
const STATUS_WAIT: Duration = Duration::from_secs(10);

/// How the worker process ended.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum ProcessEnd {
    /// Exited with this status.
    Exited { code: i32 },
    /// Killed by this signal.
    Signalled { signal: i32 },
    /// Killed by us when the wall-clock timeout fired.
    TimedOut { seconds: f64 },
}

impl Default for ProcessEnd {
    fn default() -> Self {
        ProcessEnd::Exited { code: 0 }
    }
}

/// Everything observed while a worker ran one job.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct RawRun {
    /// Block outcomes in order, with the capture size when each ended.
    pub blocks: Vec<(BlockOutcome, u64)>,
    /// Whether the interpreter finished (threads joined, atexit run).
    pub finished: bool,
    /// The captured stdout and stderr, interleaved as written, cut at the output limit.
    pub output: Vec<u8>,
    /// True when the output went past the limit and the worker was stopped.
    pub truncated: bool,
    pub end: ProcessEnd,
    pub seconds: f64,
}

/// A listing's temporary folder: working directory, `TMPDIR`, capture file.
/// Deleted when dropped.
pub(super) fn listing_folder(job: &Job) -> Result<tempfile::TempDir> {
    let dir = tempfile::Builder::new().prefix("pyrun-").tempdir().context("creating a temporary folder")?;
    std::fs::create_dir(dir.path().join(layout::CWD))?;
    std::fs::create_dir(dir.path().join(layout::TMP))?;
    File::create(dir.path().join(layout::CAPTURE))?;
    for file in &job.files {
        std::fs::copy(&file.source, dir.path().join(layout::CWD).join(&file.name))
            .with_context(|| format!("copying {} into the listing's folder", file.source.display()))?;
    }
    Ok(dir)
}

/// Read what a finished listing wrote, up to `output_limit` bytes.
pub(super) fn collect_output(dir: &std::path::Path, output_limit: u64, run: &mut RawRun) -> Result<()> {
    let capture_path = dir.join(layout::CAPTURE);
    let size = std::fs::metadata(&capture_path)?.len();
    Read::take(File::open(&capture_path)?, output_limit).read_to_end(&mut run.output)?;
    run.truncated |= size > output_limit;
    Ok(())
}

/// Run `job` in a fresh worker, waiting at most `timeout`, keeping at most
/// `output_limit` bytes of output.
pub fn run_job(zygote: &Zygote, job: &Job, timeout: Duration, output_limit: u64) -> Result<RawRun> {
    let started = Instant::now();
    let dir = listing_folder(job)?;
    let capture_path = dir.path().join(layout::CAPTURE);
    let listener = UnixListener::bind(dir.path().join(layout::CONTROL))?;
    listener.set_nonblocking(true)?;

    let pid = zygote.fork(dir.path())?;
    let mut worker = Running::new(pid);
    let mut run = RawRun::default();
    let deadline = started + timeout;
    let control = worker.accept(&listener, deadline)?;
    if let Some(control) = control {
        watch(&mut worker, control, job, &capture_path, deadline, output_limit, &mut run)?;
    }
    if !worker.exited && Instant::now() >= deadline && !run.truncated {
        run.end = ProcessEnd::TimedOut { seconds: timeout.as_secs_f64() };
    }
    worker.kill_group();
    if !matches!(run.end, ProcessEnd::TimedOut { .. }) {
        run.end = match zygote.wait_status(pid, STATUS_WAIT) {
            Some(status) if libc::WIFEXITED(status) => ProcessEnd::Exited { code: libc::WEXITSTATUS(status) },
            Some(status) if libc::WIFSIGNALED(status) => ProcessEnd::Signalled { signal: libc::WTERMSIG(status) },
            _ => ProcessEnd::Exited { code: -1 },
        };
    }
    collect_output(dir.path(), output_limit, &mut run)?;
    run.seconds = started.elapsed().as_secs_f64();
    Ok(run)
}

/// Send the job, then collect reports until the worker exits, the output
/// passes its limit, or the deadline passes.
fn watch(
    worker: &mut Running,
    control: UnixStream,
    job: &Job,
    capture_path: &std::path::Path,
    deadline: Instant,
    output_limit: u64,
    run: &mut RawRun,
) -> Result<()> {
    let mut line = serde_json::to_string(job)?;
    line.push('\n');
    // A worker that died already shows up below as its exit status.
    let _ = (&control).write_all(line.as_bytes());
    control.set_nonblocking(true)?;
    let mut reports = BufReader::new(control);
    let mut pending = String::new();
    loop {
        read_reports(&mut reports, &mut pending, run)?;
        if worker.has_exited() {
            read_reports(&mut reports, &mut pending, run)?;
            return Ok(());
        }
        if std::fs::metadata(capture_path)?.len() > output_limit {
            run.truncated = true;
            return Ok(());
        }
        let now = Instant::now();
        if now >= deadline {
            return Ok(());
        }
        worker.wait((deadline - now).min(WATCH_INTERVAL), Some(reports.get_ref().as_raw_fd()));
    }
}

fn read_reports(reports: &mut BufReader<UnixStream>, pending: &mut String, run: &mut RawRun) -> Result<()> {
    loop {
        match reports.read_line(pending) {
            Ok(0) => return Ok(()),
            Ok(_) if pending.ends_with('\n') => {
                let message: WorkerMessage = serde_json::from_str(pending)
                    .with_context(|| format!("garbled report from a worker: {pending:?}"))?;
                pending.clear();
                record_report(message, run);
            }
            Ok(_) => return Ok(()),
            Err(err) if err.kind() == ErrorKind::WouldBlock => return Ok(()),
            Err(err) if err.kind() == ErrorKind::Interrupted => continue,
            Err(err) => return Err(err.into()),
        }
    }
}

/// Add one report of a worker (or of a CPython driver) to `run`.
pub(super) fn record_report(message: WorkerMessage, run: &mut RawRun) {
    match message {
        WorkerMessage::BlockDone { outcome, output_end, .. } => run.blocks.push((outcome, output_end)),
        WorkerMessage::Finished { output_end } => {
            run.finished = true;
            if let Some(last) = run.blocks.last_mut() {
                last.1 = last.1.max(output_end);
            }
        }
    }
}

/// A worker process, seen from the preprocessor (which may not be its parent).
pub(super) struct Running {
    pub(super) pid: i32,
    pub(super) pidfd: Option<OwnedFd>,
    pub(super) exited: bool,
}

impl Running {
    pub(super) fn new(pid: i32) -> Running {
        Running { pid, pidfd: open_pidfd(pid), exited: false }
    }

    /// Accept the worker's control connection, unless it dies or time runs out first.
    fn accept(&mut self, listener: &UnixListener, deadline: Instant) -> Result<Option<UnixStream>> {
        loop {
            match listener.accept() {
                Ok((stream, _)) => return Ok(Some(stream)),
                Err(err) if err.kind() == ErrorKind::WouldBlock => {}
                Err(err) => return Err(err.into()),
            }
            let now = Instant::now();
            if self.has_exited() || now >= deadline {
                return Ok(None);
            }
            self.wait((deadline - now).min(WATCH_INTERVAL), Some(listener.as_raw_fd()));
        }
    }

    pub(super) fn has_exited(&mut self) -> bool {
        if !self.exited {
            self.exited = match &self.pidfd {
                Some(pidfd) => poll(&[pidfd.as_raw_fd()], Duration::ZERO),
                // SAFETY: signal 0 only checks that the process exists.
                None => (unsafe { libc::kill(self.pid, 0) }) != 0,
            };
        }
        self.exited
    }

    /// Sleep until `also` is readable, the worker exits, or `wait` passes.
    pub(super) fn wait(&self, wait: Duration, also: Option<i32>) {
        let fds: Vec<i32> = also.into_iter().chain(self.pidfd.as_ref().map(|p| p.as_raw_fd())).collect();
        poll(&fds, wait);
    }

    /// Kill every process of the listing: the worker, forked children, pool workers.
    pub(super) fn kill_group(&self) {
        // SAFETY: the worker leads its own process group; this signals that
        // group, and the worker itself in case it had not yet made the group.
        unsafe {
            libc::kill(-self.pid, libc::SIGKILL);
            libc::kill(self.pid, libc::SIGKILL);
        }
    }
}

/// True when any of `fds` became readable within `wait`.
fn poll(fds: &[i32], wait: Duration) -> bool {
    let mut pollfds: Vec<libc::pollfd> =
        fds.iter().map(|&fd| libc::pollfd { fd, events: libc::POLLIN, revents: 0 }).collect();
    let millis = if wait.is_zero() { 0 } else { wait.as_millis().max(1) as libc::c_int };
    // SAFETY: pollfds is a valid pollfd array for the duration of the call.
    unsafe { libc::poll(pollfds.as_mut_ptr(), pollfds.len() as libc::nfds_t, millis) > 0 }
}

fn open_pidfd(pid: i32) -> Option<OwnedFd> {
    // SAFETY: pidfd_open returns a new fd or -1.
    let fd = unsafe { libc::syscall(libc::SYS_pidfd_open, pid, 0) };
    // SAFETY: a non-negative result is a fresh fd that we own.
    (fd >= 0).then(|| unsafe { OwnedFd::from_raw_fd(fd as i32) })
}

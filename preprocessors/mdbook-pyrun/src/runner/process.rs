//! The parent side of one worker process: spawn it in its own process group and
//! temporary folder, hand it a job, watch the clock and the output size, and
//! collect what it reported. Whatever happens, the whole process group is killed
//! and the temporary folder deleted before [`Worker::run`] returns.

use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, ErrorKind, Read, Write};
use std::os::fd::{AsRawFd, OwnedFd, FromRawFd};
use std::os::unix::net::UnixStream;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use crate::protocol::{BlockOutcome, Job, WorkerMessage, CONTROL_FD};

/// The file in the worker's temporary folder that fds 1 and 2 append to.
const CAPTURE_FILE: &str = "output";

/// The worker's native stack: deep Python recursion must end in
/// `RecursionError`, not in a native stack overflow.
const WORKER_STACK_BYTES: libc::rlim_t = 256 << 20;

/// How often the output size is checked while a listing runs.
const WATCH_INTERVAL: Duration = Duration::from_millis(25);

/// A started worker, waiting for its job.
pub struct Worker {
    child: Child,
    control: BufReader<UnixStream>,
    capture: File,
    pidfd: Option<OwnedFd>,
    /// Holds the capture file and the listing's working directory; deleted on drop.
    dir: tempfile::TempDir,
}

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

/// Everything observed while a worker ran one job.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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

impl Worker {
    /// Start `exe worker` with fds 0/1/2 and the control socket wired up.
    pub fn spawn(exe: &Path) -> Result<Worker> {
        let dir = tempfile::Builder::new().prefix("pyrun-").tempdir().context("creating a temporary folder")?;
        let cwd = dir.path().join("cwd");
        let tmp = dir.path().join("tmp");
        std::fs::create_dir(&cwd)?;
        std::fs::create_dir(&tmp)?;
        let capture_path = dir.path().join(CAPTURE_FILE);
        let capture = OpenOptions::new().create(true).append(true).read(true).open(&capture_path)?;
        let (ours, theirs) = UnixStream::pair()?;
        let theirs_fd = theirs.as_raw_fd();

        let mut command = Command::new(exe);
        command
            .arg("worker")
            .current_dir(&cwd)
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_else(|| "/usr/bin:/bin".into()))
            .env("HOME", &cwd)
            .env("TMPDIR", &tmp)
            .env("LANG", "C.UTF-8")
            .stdin(Stdio::null())
            .stdout(capture.try_clone()?)
            .stderr(capture.try_clone()?)
            .process_group(0);
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            command.pre_exec(move || {
                if libc::dup2(theirs_fd, CONTROL_FD) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                if theirs_fd == CONTROL_FD {
                    libc::fcntl(CONTROL_FD, libc::F_SETFD, 0);
                }
                // A worker must not outlive the preprocessor.
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                // The main thread's stack is sized from RLIMIT_STACK at exec.
                let stack = libc::rlimit { rlim_cur: WORKER_STACK_BYTES, rlim_max: WORKER_STACK_BYTES };
                libc::setrlimit(libc::RLIMIT_STACK, &stack);
                Ok(())
            });
        }
        let child = command.spawn().with_context(|| format!("starting worker {}", exe.display()))?;
        drop(theirs);
        let pidfd = open_pidfd(child.id());
        Ok(Worker { child, control: BufReader::new(ours), capture, pidfd, dir })
    }

    /// Run `job`, waiting at most `timeout`, keeping at most `output_limit` bytes.
    pub fn run(mut self, job: &Job, timeout: Duration, output_limit: u64) -> Result<RawRun> {
        let started = Instant::now();
        let mut line = serde_json::to_string(job)?;
        line.push('\n');
        // A worker that died during start-up shows up below as its exit status.
        let _ = self.control.get_mut().write_all(line.as_bytes());
        self.control.get_mut().set_nonblocking(true)?;

        let mut run = RawRun {
            blocks: Vec::new(),
            finished: false,
            output: Vec::new(),
            truncated: false,
            end: ProcessEnd::Exited { code: 0 },
            seconds: 0.0,
        };
        let mut pending = String::new();
        let status: Option<ExitStatus> = loop {
            self.read_messages(&mut pending, &mut run)?;
            if let Some(status) = self.child.try_wait()? {
                break Some(status);
            }
            if self.capture.metadata()?.len() > output_limit {
                run.truncated = true;
                break None;
            }
            let elapsed = started.elapsed();
            if elapsed >= timeout {
                run.end = ProcessEnd::TimedOut { seconds: timeout.as_secs_f64() };
                break None;
            }
            self.wait_for_event((timeout - elapsed).min(WATCH_INTERVAL));
        };
        self.kill_group();
        let status = match status {
            Some(status) => status,
            None => self.child.wait()?,
        };
        self.read_messages(&mut pending, &mut run)?;
        if !matches!(run.end, ProcessEnd::TimedOut { .. }) {
            run.end = match (status.code(), status.signal()) {
                (Some(code), _) => ProcessEnd::Exited { code },
                (None, Some(signal)) => ProcessEnd::Signalled { signal },
                (None, None) => ProcessEnd::Exited { code: -1 },
            };
        }
        run.output = self.read_capture(output_limit, &mut run.truncated)?;
        run.seconds = started.elapsed().as_secs_f64();
        Ok(run)
    }

    /// Sleep until the worker writes to the control socket, exits, or `wait` passes.
    fn wait_for_event(&self, wait: Duration) {
        let mut fds = vec![libc::pollfd { fd: self.control.get_ref().as_raw_fd(), events: libc::POLLIN, revents: 0 }];
        if let Some(pidfd) = &self.pidfd {
            fds.push(libc::pollfd { fd: pidfd.as_raw_fd(), events: libc::POLLIN, revents: 0 });
        }
        let millis = wait.as_millis().max(1) as libc::c_int;
        // SAFETY: fds is a valid array of pollfd for the duration of the call.
        unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, millis) };
    }

    fn read_messages(&mut self, pending: &mut String, run: &mut RawRun) -> Result<()> {
        loop {
            match self.control.read_line(pending) {
                Ok(0) => return Ok(()),
                Ok(_) if pending.ends_with('\n') => {
                    let message: WorkerMessage = serde_json::from_str(pending)
                        .with_context(|| format!("garbled message from worker: {pending:?}"))?;
                    pending.clear();
                    match message {
                        WorkerMessage::BlockDone { outcome, output_end, .. } => run.blocks.push((outcome, output_end)),
                        WorkerMessage::Finished { output_end } => {
                            run.finished = true;
                            run.blocks.last_mut().map(|b| b.1 = b.1.max(output_end));
                        }
                    }
                }
                Ok(_) => return Ok(()),
                Err(err) if err.kind() == ErrorKind::WouldBlock => return Ok(()),
                Err(err) if err.kind() == ErrorKind::Interrupted => continue,
                Err(err) => return Err(err.into()),
            }
        }
    }

    /// Kill every process of the listing: the worker, forked children, pool workers.
    fn kill_group(&self) {
        // SAFETY: kill with a negative pid signals our worker's own process group.
        unsafe { libc::kill(-(self.child.id() as i32), libc::SIGKILL) };
    }

    fn read_capture(&mut self, limit: u64, truncated: &mut bool) -> Result<Vec<u8>> {
        let mut output = Vec::new();
        let file = File::open(self.dir.path().join(CAPTURE_FILE))?;
        let size = file.metadata()?.len();
        Read::take(file, limit).read_to_end(&mut output)?;
        if size > limit {
            *truncated = true;
        }
        Ok(output)
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        // An unused pre-started worker, or one abandoned by an error: leave nothing behind.
        if self.child.try_wait().ok().flatten().is_none() {
            self.kill_group();
            let _ = self.child.wait();
        }
    }
}

fn open_pidfd(pid: u32) -> Option<OwnedFd> {
    // SAFETY: pidfd_open returns a new fd or -1.
    let fd = unsafe { libc::syscall(libc::SYS_pidfd_open, pid as libc::pid_t, 0) };
    // SAFETY: a non-negative result is a fresh fd that we own.
    (fd >= 0).then(|| unsafe { OwnedFd::from_raw_fd(fd as i32) })
}

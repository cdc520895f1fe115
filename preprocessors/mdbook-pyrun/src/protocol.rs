//! Messages between the preprocessor and a worker process.
//!
//! They travel as JSON lines over private sockets (the zygote's on [`CONTROL_FD`],
//! each worker's at [`layout::CONTROL`] in its folder), never over
//! fds 0, 1 or 2: those belong to the listing.

use serde::{Deserialize, Serialize};

/// The file descriptor on which the zygote finds its control socket.
pub const CONTROL_FD: i32 = 3;

/// Resource limits applied by the worker to itself (and so to every process it forks).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Limits {
    /// Address-space limit (RLIMIT_AS), in MiB.
    pub memory_mb: u64,
    /// CPU-time limit (RLIMIT_CPU), in seconds.
    pub cpu_seconds: u64,
    /// Largest file the listing may write (RLIMIT_FSIZE), in MiB.
    pub file_size_mb: u64,
}

impl Limits {
    /// Apply the limits to the calling process, and so to all it forks.
    /// Async-signal-safe: also used between fork and exec.
    pub fn apply(&self) -> std::io::Result<()> {
        const MIB: u64 = 1 << 20;
        let memory = self.memory_mb * MIB;
        let file_size = self.file_size_mb * MIB;
        set_limit(libc::RLIMIT_AS, memory, memory)?;
        // SIGXCPU at the soft limit names the cause; SIGKILL a second later is the backstop.
        set_limit(libc::RLIMIT_CPU, self.cpu_seconds, self.cpu_seconds + 1)?;
        set_limit(libc::RLIMIT_FSIZE, file_size, file_size)
    }
}

fn set_limit(resource: libc::__rlimit_resource_t, soft: u64, hard: u64) -> std::io::Result<()> {
    let limit = libc::rlimit { rlim_cur: soft, rlim_max: hard };
    // SAFETY: setrlimit reads the struct we pass it.
    if unsafe { libc::setrlimit(resource, &limit) } == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

/// One block of source to run, in order, in the worker's interpreter.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct JobBlock {
    /// The source, hidden lines included.
    pub source: String,
    /// The file name shown in tracebacks.
    pub filename: String,
}

/// A file copied into the listing's working directory before it runs; its
/// content hash makes it part of the cache key.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct InputFile {
    pub name: String,
    pub source: std::path::PathBuf,
    pub blake3: String,
}

/// Everything a worker needs to run one listing or one session.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Job {
    pub blocks: Vec<JobBlock>,
    pub limits: Limits,
    /// Files to place in the working directory (copied by the preprocessor).
    #[serde(default)]
    pub files: Vec<InputFile>,
}

/// How one block ended, as the worker saw it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum BlockOutcome {
    /// The block ran to its end.
    Completed,
    /// The block raised; `mro` holds the exception type's `__mro__` names, most derived first.
    Raised { mro: Vec<String> },
    /// The block raised `SystemExit` with this exit status.
    Exited { code: i32 },
}

/// A report from the worker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "msg", rename_all = "kebab-case")]
pub enum WorkerMessage {
    /// Block `index` ended; the capture file held `output_end` bytes at that moment.
    BlockDone { index: usize, output_end: u64, outcome: BlockOutcome },
    /// The interpreter was finalised (threads joined, atexit run).
    Finished { output_end: u64 },
}

/// A request to the zygote: fork a fresh worker for the listing whose
/// temporary folder is `dir` (holding `cwd/`, `tmp/`, the capture file and
/// the control socket to connect to).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ForkRequest {
    pub dir: std::path::PathBuf,
}

/// A report from the zygote to the preprocessor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "msg", rename_all = "kebab-case")]
pub enum ZygoteMessage {
    /// The answer to a fork request, in request order.
    Forked {
        pid: i32,
    },
    ForkFailed {
        error: String,
    },
    /// A worker ended; `status` is its raw wait status.
    Exited {
        pid: i32,
        status: i32,
    },
}

/// Names of the entries in a worker's temporary folder.
pub mod layout {
    /// The listing's working directory (and `HOME`).
    pub const CWD: &str = "cwd";
    /// The listing's `TMPDIR`.
    pub const TMP: &str = "tmp";
    /// The file that fds 1 and 2 append to.
    pub const CAPTURE: &str = "output";
    /// The Unix socket the worker connects to for its job and reports.
    pub const CONTROL: &str = "control.sock";
}

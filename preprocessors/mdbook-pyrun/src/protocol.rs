//! Messages between the preprocessor and a worker process.
//!
//! They travel as JSON lines over a private socket on [`CONTROL_FD`], never over
//! fds 0, 1 or 2: those belong to the listing.

use serde::{Deserialize, Serialize};

/// The file descriptor on which a worker finds its control socket.
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

/// One block of source to run, in order, in the worker's interpreter.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct JobBlock {
    /// The source, hidden lines included.
    pub source: String,
    /// The file name shown in tracebacks.
    pub filename: String,
}

/// Everything a worker needs to run one listing or one session.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Job {
    pub blocks: Vec<JobBlock>,
    pub limits: Limits,
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

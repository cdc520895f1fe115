//! Running jobs in isolated worker processes.

mod pool;
mod process;

pub use pool::WorkerPool;
pub use process::{ProcessEnd, RawRun, Worker};

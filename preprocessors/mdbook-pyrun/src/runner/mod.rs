//! Running jobs in isolated worker processes forked by a zygote.

mod process;
mod zygote;

pub use process::{run_job, ProcessEnd, RawRun};
pub use zygote::Zygote;

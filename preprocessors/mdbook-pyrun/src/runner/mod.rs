//! Running listings in isolated processes: Python listings in workers forked
//! by a zygote, Rust listings as programs of their own.

mod process;
mod program;
mod zygote;

pub use process::{run_job, ProcessEnd, RawRun};
pub use program::run_program;
pub use zygote::Zygote;

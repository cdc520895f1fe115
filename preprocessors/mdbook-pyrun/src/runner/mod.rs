//! Running listings in isolated processes: Python listings in workers forked
//! by a zygote, on native CPythons through a driver script, or on Pyodide;
//! Rust listings as programs of their own.

mod native;
mod process;
mod program;
mod pyodide;
mod zygote;

pub use native::{run_native, DriverJob, DRIVER};
pub use process::{run_job, ProcessEnd, RawRun};
pub use program::{run_program, Sandboxed};
pub use pyodide::PyodidePool;
pub use zygote::Zygote;

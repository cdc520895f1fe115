//! Running listings in isolated processes: Python listings in workers forked
//! by a zygote, on native CPythons through a driver script, or on Pyodide;
//! Rust listings as programs of their own.

mod native;
mod process;
mod program;
mod pyodide;
mod zygote;

pub use native::{run_native, DriverJob, DRIVER, HASH_SEED};
pub use process::{run_job, ProcessEnd, RawRun};
pub use program::{run_program, Sandboxed};
pub use pyodide::PyodidePool;
pub use zygote::Zygote;

/// The identity of the code that runs listings on CPython, for cache keys:
/// the driver, Pyodide's host, and how the interpreter is started.
pub fn cpython_runner_identity() -> String {
    let mut hasher = blake3::Hasher::new();
    for part in [DRIVER, pyodide::HOST, pyodide::JOB, HASH_SEED, native::ARGS.join(" ").as_str()] {
        hasher.update(part.as_bytes());
        hasher.update(&[0]);
    }
    hasher.finalize().to_hex().to_string()
}

//! `mdbook-pyrun`: an mdBook preprocessor that runs every Python listing of a
//! book on an embedded RustPython VM, each in an isolated worker process, and
//! splices the real output under the listing.
//!
//! The flow: [`extract`] finds fenced blocks, [`fence`] reads their attributes,
//! [`listing`] turns them into listings and run units, [`pipeline`] runs the
//! units through the [`cache`] and the [`runner`], [`verdict`] judges each
//! result, and [`render`] produces what is spliced into the chapter.

pub mod appendix;
pub mod artifacts;
pub mod cache;
pub mod citations;
pub mod commands;
pub mod config;
pub mod cpython;
pub mod disk;
pub mod divergence;
pub mod extract;
pub mod fence;
pub mod listing;
pub mod normalize;
pub mod pipeline;
pub mod preprocess;
pub mod progress;
pub mod protocol;
pub mod publish;
pub mod recorded;
pub mod recordings;
pub mod render;
pub mod report;
pub mod runner;
pub mod sandbox;
pub mod verdict;
pub mod worker;

/// What produced every output in the book, as printed under each listing.
/// The version is pinned with `=` in Cargo.toml; a test checks the Python version.
pub const VM_LABEL: &str = "RustPython 0.5.0 (Python 3.14)";

#[cfg(test)]
mod tests {
    #[test]
    fn vm_label_names_the_python_version_the_vm_reports() {
        let version = format!("Python {}.{}", rustpython_vm::version::MAJOR, rustpython_vm::version::MINOR);
        assert!(super::VM_LABEL.contains(&version), "{}", super::VM_LABEL);
    }
}

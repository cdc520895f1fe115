//! Finding the tools the book's tests drive.

#![allow(dead_code)]

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;

/// Held by tests that run the whole book, so that they do not run its
/// listings at the same time on a cold cache (doubling the load can push a
/// slow listing past its timeout on a two-core machine).
pub fn whole_book_lock() -> std::sync::MutexGuard<'static, ()> {
    static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    LOCK.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The preprocessor binary, built in release mode (as `book.toml` runs it).
/// `cargo xtask test` builds it first; otherwise it is built here once.
pub fn pyrun_bin() -> PathBuf {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        if let Some(bin) = std::env::var_os("PYRUN_BIN") {
            return PathBuf::from(bin);
        }
        let status = Command::new(env!("CARGO"))
            .args(["build", "--release", "--quiet", "--package", "mdbook-pyrun"])
            .current_dir(repo_root())
            .status()
            .expect("running cargo");
        assert!(status.success(), "building mdbook-pyrun failed");
        target_dir().join("release/mdbook-pyrun")
    })
    .clone()
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| repo_root().join("target"))
}

/// The folder where `cargo xtask` installs the pinned mdBook.
pub fn tools_bin() -> PathBuf {
    target_dir().join("tools/bin")
}

/// `PATH` with the pinned tools first.
pub fn path_with_tools() -> OsString {
    let mut paths = vec![tools_bin()];
    paths.extend(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()));
    std::env::join_paths(paths).unwrap()
}

/// mdBook 0.5: the pinned copy if installed, else one on `PATH`.
pub fn mdbook() -> PathBuf {
    let pinned = tools_bin().join("mdbook");
    if pinned.exists() {
        return pinned;
    }
    let found = std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())
        .map(|dir| dir.join("mdbook"))
        .find(|p| p.exists());
    found.unwrap_or_else(|| {
        panic!("mdBook 0.5 not found: run `cargo xtask test`, which installs it in {}", tools_bin().display())
    })
}

/// The chapters listed in SUMMARY.md, as paths relative to book/.
pub fn chapter_paths() -> Vec<String> {
    let summary = std::fs::read_to_string(repo_root().join("book/SUMMARY.md")).unwrap();
    summary
        .lines()
        .filter_map(|line| {
            line.trim_start().strip_prefix("- [")?.split("](").nth(1)?.strip_suffix(')').map(String::from)
        })
        .collect()
}

/// Build the whole book with the pinned mdBook into `dest`.
pub fn build_book(dest: &std::path::Path) {
    let status = Command::new(mdbook())
        .arg("build")
        .arg(repo_root())
        .arg("--dest-dir")
        .arg(dest)
        .env("PATH", path_with_tools())
        .status()
        .unwrap();
    assert!(status.success(), "mdbook build failed");
}

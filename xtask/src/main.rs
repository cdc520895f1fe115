//! `cargo xtask <command>`: the book's driver commands.
//!
//! They install the pinned mdBook into `target/tools` on first use, build
//! the preprocessor once in release mode, and run mdBook with those tools
//! first on `PATH`.

mod bench;
mod fresh;
mod tools;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(about = "Build, serve, bless and test the book")]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Build the book into target/book, running every listing.
    Build,
    /// Build and serve the book at http://localhost:3000, rebuilding on change.
    Serve {
        #[arg(long, default_value_t = 3000)]
        port: u16,
        /// Address to listen on (use 0.0.0.0 to serve other machines).
        #[arg(long, default_value = "localhost")]
        hostname: String,
        /// Keep mdBook's search index, which every rebuild then remakes
        /// (about 0.8 s of each rebuild; off by default while serving).
        #[arg(long)]
        search: bool,
    },
    /// Run every listing on every implementation present and rewrite the
    /// recordings: `.out` beside each listing file, `cpython.toml` per chapter.
    Bless,
    /// Run every test: cargo tests, listings against recorded outputs, a whole
    /// book build, and `mdbook test`.
    Test,
    /// Print the runner's benchmark figures.
    Bench {
        /// Also time a fresh clone with an empty cargo home: to the first
        /// page of `serve`, and to `test` passing (tens of minutes).
        #[arg(long)]
        fresh_clone: bool,
    },
    /// Install the pinned mdBook into target/tools.
    Tools,
}

fn main() -> Result<()> {
    let root = repo_root();
    match Cli::parse().command {
        Cmd::Tools => tools::ensure(&root).map(drop),
        Cmd::Build => {
            let (tools, _) = prepare(&root)?;
            run(tools.mdbook_command(&root).arg("build"))
        }
        Cmd::Serve { port, hostname, search } => {
            let (tools, bin) = prepare(&root)?;
            let mut serve = tools.mdbook_command(&root);
            serve.args(["serve", "--port", &port.to_string(), "--hostname", &hostname]);
            serve.envs(serve_settings(&bin, search));
            if !search {
                eprintln!("xtask: serving without the search index, so a rebuild is faster (--search keeps it)");
            }
            // Become mdbook, rather than wait for it: a SIGTERM or SIGKILL of
            // this process then stops the server instead of orphaning it.
            let error = std::os::unix::process::CommandExt::exec(&mut serve);
            Err(anyhow::Error::new(error).context(format!("running {serve:?}")))
        }
        Cmd::Bless => {
            tools::ensure_pyodide(&root)?;
            let bin = build_preprocessor(&root)?;
            run(Command::new(bin).arg("bless").arg("--root").arg(&root))
        }
        Cmd::Test => test(&root),
        Cmd::Bench { fresh_clone } => {
            let (tools, bin) = prepare(&root)?;
            bench::run(&root, &bin, &tools)?;
            if fresh_clone {
                fresh::run(&root)?;
            }
            Ok(())
        }
    }
}

/// What `serve` changes in a build, for a quick rebuild after each edit:
/// mdBook runs the preprocessor that `prepare` built, not `cargo run` (which
/// checks every crate for changes first), and, unless `search`, makes no
/// search index (for this book, the slowest part of a rebuild).
pub fn serve_settings(bin: &Path, search: bool) -> Vec<(&'static str, std::ffi::OsString)> {
    let mut settings = vec![("MDBOOK_PREPROCESSOR__PYRUN__COMMAND", bin.as_os_str().to_owned())];
    if !search {
        settings.push(("MDBOOK_OUTPUT__HTML__SEARCH__ENABLE", "false".into()));
    }
    settings
}

/// The packages `cargo fmt` keeps formatted: every member but the Rust listings.
const FORMATTED: [&str; 4] = ["python-inside-out", "mdbook-pyrun", "xtask", "workspace-hack"];

/// Where `mdbook test` finds the crates the book's Rust blocks use.
const LISTINGS_DEPS: &str = "target/listings/doc-deps";

fn test(root: &Path) -> Result<()> {
    // Style first: it fails fast.
    // The Rust listings are left as their chapters lay them out.
    run(cargo(root).args(["fmt", "--check"]).args(FORMATTED.iter().flat_map(|p| ["--package", p])))?;
    tools::ensure_chromium()?;
    let (tools, bin) = prepare(root)?;
    run(cargo(root).args(["clippy", "--release", "--workspace", "--all-targets", "--", "-D", "warnings"]))?;
    // Release mode shares the VM's compiled artifacts with the preprocessor build.
    run(cargo(root)
        .args(["test", "--release", "--workspace", "--no-fail-fast"])
        .env("PYRUN_BIN", &bin)
        .env("PATH", tools.path_env()))?;
    // The book's Rust blocks link against the one build
    // of the VM, which the preprocessor has just brought up to date.
    run(tools.mdbook_command(root).args(["test", "-L", LISTINGS_DEPS]))?;
    one_build_of_the_vm(root)?;
    eprintln!("xtask: all tests passed");
    Ok(())
}

/// Everything a book build needs: the pinned tools, Pyodide and the
/// preprocessor. The tools install while cargo compiles the VM, whose long
/// single-crate stretches leave a core idle. Returns the preprocessor's path.
fn prepare(root: &Path) -> Result<(tools::Tools, PathBuf)> {
    std::thread::scope(|scope| {
        let installs = scope.spawn(|| -> Result<tools::Tools> {
            let tools = tools::ensure(root)?;
            tools::ensure_pyodide(root)?;
            Ok(tools)
        });
        let bin = build_preprocessor(root);
        let tools = installs.join().expect("the install thread does not panic");
        Ok((tools?, bin?))
    })
}

/// Fail unless the preprocessor, `cargo test` and the Rust listings (whose
/// libraries are in LISTINGS_DEPS) were built against the same build of the
/// VM: a dependency change that splits the features of the VM's dependencies
/// between them would otherwise quietly add a build of several minutes.
fn one_build_of_the_vm(root: &Path) -> Result<()> {
    const VM: &str = "librustpython_vm-";
    let builds = |args: &[&str]| -> Result<Vec<String>> {
        let output = cargo(root).args(args).arg("--message-format=json").stderr(Stdio::null()).output()?;
        // One JSON message per line; the VM's library is among the file names
        // of a compiler-artifact message.
        let mut found: Vec<String> = String::from_utf8_lossy(&output.stdout)
            .lines()
            .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
            .filter(|message| message["reason"] == "compiler-artifact")
            .flat_map(|message| {
                let files = message["filenames"].as_array().cloned().unwrap_or_default();
                files.into_iter().filter_map(|file| Some(Path::new(file.as_str()?).file_name()?.to_str()?.to_owned()))
            })
            .filter(|name| name.starts_with(VM) && name.ends_with(".rlib"))
            .collect();
        found.sort();
        found.dedup();
        Ok(found)
    };
    let preprocessor = builds(&["build", "--release", "--package", "mdbook-pyrun"])?;
    let tests = builds(&["test", "--release", "--workspace", "--no-run"])?;
    let mut listings: Vec<String> = std::fs::read_dir(root.join(LISTINGS_DEPS))?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.starts_with(VM) && name.ends_with(".rlib"))
        .collect();
    listings.sort();
    if preprocessor.len() != 1 || tests != preprocessor || listings != preprocessor {
        bail!(
            "the VM was built more than once: the preprocessor used {preprocessor:?}, `cargo test` {tests:?}, \
             the Rust listings {listings:?}; see workspace-hack/Cargo.toml"
        );
    }
    eprintln!("xtask: one build of the VM served the preprocessor, the listings and the tests");
    Ok(())
}

/// Build `mdbook-pyrun` in release mode, as `book.toml` runs it; returns its path.
fn build_preprocessor(root: &Path) -> Result<PathBuf> {
    run(cargo(root).args(["build", "--release", "--package", "mdbook-pyrun"]))?;
    Ok(target_dir(root).join("release/mdbook-pyrun"))
}

fn cargo(root: &Path) -> Command {
    let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    command.current_dir(root);
    command
}

fn run(command: &mut Command) -> Result<()> {
    let status = command.status().with_context(|| format!("running {command:?}"))?;
    if !status.success() {
        bail!("{:?} failed: {status}", command.get_program());
    }
    Ok(())
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the repository").to_path_buf()
}

fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| root.join("target"))
}

//! Building what Rust listings and `cdylib=` listings need, with cargo.
//!
//! The Rust listings form a workspace of their own (`listings/Cargo.toml`),
//! always built whole into `target/listings`, so that every build resolves
//! the same features and reuses the same artifacts, and `mdbook test` can link
//! against exactly one build of each crate there. Cargo does the compiling and
//! decides what is stale, so a second build recompiles nothing. We read its
//! JSON messages to learn where each program and library landed, and which
//! files failed to compile.

use std::collections::HashMap;
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{bail, Context, Result};
use serde::Deserialize;

/// What cargo built, and what it could not.
#[derive(Debug, Default)]
pub struct Built {
    /// Executables by the absolute path of their `main` source file.
    pub programs: HashMap<PathBuf, PathBuf>,
    /// Shared libraries by package name.
    pub cdylibs: HashMap<String, PathBuf>,
    /// Rendered compiler errors by the absolute path of the file they point at.
    pub errors: HashMap<PathBuf, Vec<String>>,
    /// Errors that point at no file (a broken manifest, say).
    pub other_errors: Vec<String>,
}

#[derive(Deserialize)]
#[serde(tag = "reason", rename_all = "kebab-case")]
enum Message {
    CompilerArtifact { target: Target, filenames: Vec<PathBuf>, executable: Option<PathBuf> },
    CompilerMessage { message: Diagnostic },
    #[serde(other)]
    Other,
}

#[derive(Deserialize)]
struct Target {
    name: String,
    kind: Vec<String>,
    src_path: PathBuf,
}

#[derive(Deserialize)]
struct Diagnostic {
    level: String,
    rendered: Option<String>,
    spans: Vec<Span>,
}

#[derive(Deserialize)]
struct Span {
    file_name: PathBuf,
    is_primary: bool,
}

/// Where the listings workspace is built, relative to the book's root.
pub const LISTINGS_TARGET_DIR: &str = "target/listings";

/// `cargo build --release --workspace` the listings workspace whose manifest is
/// `manifest`, into `root/target/listings`.
pub fn cargo_build(root: &Path, manifest: &Path) -> Result<Built> {
    let mut built = Built::default();
    if !manifest.exists() {
        bail!("Rust listings need a workspace manifest at {}", manifest.display());
    }
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .current_dir(root)
        .args(["build", "--release", "--workspace", "--keep-going", "--message-format=json", "--manifest-path"])
        .arg(manifest)
        .arg("--target-dir")
        .arg(root.join(LISTINGS_TARGET_DIR))
        .stdin(Stdio::null())
        .stdout(Stdio::piped());
    let mut child = command.spawn().context("running cargo build")?;
    let stdout = child.stdout.take().expect("piped stdout");
    for line in std::io::BufReader::new(stdout).lines() {
        let line = line?;
        let Ok(message) = serde_json::from_str::<Message>(&line) else { continue };
        match message {
            Message::CompilerArtifact { target, filenames, executable } => {
                if let Some(executable) = executable {
                    built.programs.insert(target.src_path, executable);
                } else if target.kind.iter().any(|k| k == "cdylib") {
                    let library = filenames.into_iter().find(|f| f.extension().is_some_and(|e| e == "so" || e == "dylib"));
                    if let Some(library) = library {
                        // `cdylib=` may name the package (dashes) or the crate (underscores).
                        built.cdylibs.insert(target.name.replace('_', "-"), library.clone());
                        built.cdylibs.insert(target.name, library);
                    }
                }
            }
            Message::CompilerMessage { message } if message.level == "error" => {
                let rendered = message.rendered.unwrap_or_default();
                match message.spans.iter().find(|s| s.is_primary) {
                    Some(span) => built.errors.entry(source_path(manifest, &span.file_name)).or_default().push(rendered),
                    None => built.other_errors.push(rendered),
                }
            }
            _ => {}
        }
    }
    let status = child.wait()?;
    if !status.success() && built.errors.is_empty() && built.other_errors.is_empty() {
        built.other_errors.push(format!("cargo build failed ({status}); see its messages above"));
    }
    Ok(built)
}

/// A diagnostic's file, which cargo gives relative to the workspace root.
fn source_path(manifest: &Path, file: &Path) -> PathBuf {
    let workspace = manifest.parent().unwrap_or(Path::new("."));
    let path = workspace.join(file);
    path.canonicalize().unwrap_or(path)
}

//! Building what Rust listings and `cdylib=` listings need, with cargo.
//!
//! The Rust listings are cargo packages under the listings folder. In this
//! book they are members of the root workspace, built with the same profile
//! and features as the preprocessor, so one build of the VM serves the
//! preprocessor, the listings, `cargo test` and `mdbook test` (a book whose
//! listings folder is a workspace of its own works the same way). Cargo does
//! the compiling and decides what is stale, so a second build recompiles
//! nothing. We read its JSON messages to learn where each program and library
//! landed, and which files failed to compile.

use std::collections::HashMap;
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};

/// What cargo built, and what it could not.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Built {
    /// Executables by the absolute path of their `main` source file.
    pub programs: HashMap<PathBuf, PathBuf>,
    /// Shared libraries by package name.
    pub cdylibs: HashMap<String, PathBuf>,
    /// Rendered compiler errors by the absolute path of the file they point at.
    pub errors: HashMap<PathBuf, Vec<String>>,
    /// Errors that point at no file (a broken manifest, say).
    pub other_errors: Vec<String>,
    /// BLAKE3 hashes of the programs and libraries, for cache keys; computed
    /// once per cargo build rather than on every book build.
    #[serde(default)]
    pub hashes: HashMap<PathBuf, String>,
}

impl Built {
    /// The hash of an artifact this build produced.
    pub fn hash_of(&self, artifact: &Path) -> Result<String> {
        match self.hashes.get(artifact) {
            Some(hash) => Ok(hash.clone()),
            None => hash_file(artifact),
        }
    }
}

pub fn hash_file(path: &Path) -> Result<String> {
    let mut hasher = blake3::Hasher::new();
    hasher.update_mmap(path).with_context(|| format!("hashing {}", path.display()))?;
    Ok(hasher.finalize().to_hex().to_string())
}

// The variants are named after cargo's `reason` values, which all end in "-message" or "-artifact".
#[allow(clippy::enum_variant_names)]
#[derive(Deserialize)]
#[serde(tag = "reason", rename_all = "kebab-case")]
enum Message {
    CompilerArtifact {
        target: Target,
        filenames: Vec<PathBuf>,
        executable: Option<PathBuf>,
    },
    BuildFinished {
        success: bool,
    },
    CompilerMessage {
        message: Diagnostic,
    },
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

/// What the preprocessor keeps of the listings' build, relative to the book's root.
pub const LISTINGS_TARGET_DIR: &str = "target/listings";

/// The libraries of the last build and nothing else, for
/// `mdbook test -L target/listings/doc-deps`. `release/deps` keeps the builds
/// of every earlier feature or profile setting too, and two candidates for one
/// crate make rustdoc fail with E0464; this folder never has two.
pub const DOC_DEPS_DIR: &str = "target/listings/doc-deps";

/// Where the last clean build's artifacts are recorded, with its inputs' hash.
const RECORD: &str = "pyrun-artifacts.json";

#[derive(Serialize, Deserialize)]
struct Record {
    inputs: String,
    built: Built,
    /// Each artifact as it was when it was hashed. One the next cargo build
    /// did not rewrite keeps its hash: rehashing all of them, each with the
    /// VM linked in (about 450 MB in this book), took 0.2–0.4 s of every
    /// rebuild after an edit of one Rust listing.
    #[serde(default)]
    stamps: HashMap<PathBuf, Stamp>,
}

/// A file's size and modification time: cargo rewrites an artifact it relinks.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
struct Stamp {
    len: u64,
    modified_ns: u64,
}

fn stamp(path: &Path) -> Result<Stamp> {
    let metadata = std::fs::metadata(path).with_context(|| format!("reading {}", path.display()))?;
    let since_epoch = metadata.modified()?.duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    Ok(Stamp { len: metadata.len(), modified_ns: u64::try_from(since_epoch.as_nanos()).unwrap_or(u64::MAX) })
}

/// Build the packages under `listings`, unless their sources are exactly
/// those of the last clean build and its artifacts are still there. Even a
/// no-op `cargo build` costs a few hundred milliseconds, which would dominate
/// a rebuild of the book where nothing changed.
pub fn build_listings(root: &Path, listings: &Path) -> Result<Built> {
    let record_path = root.join(LISTINGS_TARGET_DIR).join(RECORD);
    let inputs = hash_sources(listings)?;
    let recorded: Option<Record> =
        std::fs::read(&record_path).ok().and_then(|bytes| serde_json::from_slice(&bytes).ok());
    if let Some(record) = recorded.as_ref() {
        let artifacts_exist = record.built.programs.values().chain(record.built.cdylibs.values()).all(|p| p.exists());
        if record.inputs == inputs && artifacts_exist && root.join(DOC_DEPS_DIR).exists() {
            return Ok(recorded.expect("checked above").built);
        }
    }
    eprintln!("pyrun: building the Rust listings with cargo");
    let mut built = cargo_build(root, listings)?;
    if built.errors.is_empty() && built.other_errors.is_empty() {
        std::fs::create_dir_all(root.join(LISTINGS_TARGET_DIR))?;
        let mut stamps = HashMap::new();
        let artifacts: Vec<PathBuf> = built.programs.values().chain(built.cdylibs.values()).cloned().collect();
        for artifact in artifacts {
            let now = stamp(&artifact)?;
            let unchanged = recorded
                .as_ref()
                .filter(|record| record.stamps.get(&artifact) == Some(&now))
                .and_then(|record| record.built.hashes.get(&artifact).cloned());
            let hash = match unchanged {
                Some(hash) => hash,
                None => hash_file(&artifact)?,
            };
            built.hashes.insert(artifact.clone(), hash);
            stamps.insert(artifact, now);
        }
        let record = Record { inputs, built, stamps };
        std::fs::write(&record_path, serde_json::to_vec(&record)?)?;
        return Ok(record.built);
    }
    Ok(built)
}

/// A hash of every file cargo reads to build the packages under `dir`:
/// manifests and Rust sources there, and the manifest and lock file of the
/// workspace around them.
fn hash_sources(dir: &Path) -> Result<String> {
    hash_files(dir, |name| name.ends_with(".rs") || name == "Cargo.toml" || name == "Cargo.lock")
}

/// A hash of the files under `dir` whose names `wanted` accepts, and of the
/// manifest and lock file of the workspace around them.
fn hash_files(dir: &Path, wanted: impl Fn(&str) -> bool) -> Result<String> {
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(dir).into_iter().filter_entry(|e| e.file_name() != "target") {
        let entry = entry.with_context(|| format!("reading {}", dir.display()))?;
        let name = entry.file_name().to_string_lossy();
        if entry.file_type().is_file() && wanted(&name) {
            files.push(entry.into_path());
        }
    }
    let dir = dir.canonicalize().with_context(|| format!("finding {}", dir.display()))?;
    if let Some(workspace) = dir.ancestors().skip(1).find(|d| d.join("Cargo.lock").is_file()) {
        files.extend([workspace.join("Cargo.toml"), workspace.join("Cargo.lock")]);
    }
    files.sort();
    let mut hasher = blake3::Hasher::new();
    hasher.update(env!("CARGO_PKG_VERSION").as_bytes());
    for file in files {
        hasher.update(file.to_string_lossy().as_bytes());
        hasher.update(&std::fs::read(&file)?);
    }
    Ok(hasher.finalize().to_hex().to_string())
}

/// What `cargo metadata` said of the listings' packages, and the manifests it read.
const PACKAGES_RECORD: &str = "pyrun-packages.json";

#[derive(Serialize, Deserialize)]
struct PackagesRecord {
    manifests: String,
    packages: Vec<String>,
    workspace_root: PathBuf,
}

/// [`listing_packages`], asked again only when a manifest changed: `cargo
/// metadata` takes about 0.3 s, a sixth of a rebuild after editing a Rust
/// listing's source, which cannot change the packages.
fn packages_remembered(root: &Path, listings: &Path) -> Result<(Vec<String>, PathBuf)> {
    let record_path = root.join(LISTINGS_TARGET_DIR).join(PACKAGES_RECORD);
    let manifests = hash_files(listings, |name| name == "Cargo.toml" || name == "Cargo.lock")?;
    let recorded: Option<PackagesRecord> =
        std::fs::read(&record_path).ok().and_then(|bytes| serde_json::from_slice(&bytes).ok());
    if let Some(record) = recorded.filter(|r| r.manifests == manifests) {
        return Ok((record.packages, record.workspace_root));
    }
    let (packages, workspace_root) = listing_packages(listings)?;
    let record = PackagesRecord { manifests, packages, workspace_root };
    std::fs::create_dir_all(root.join(LISTINGS_TARGET_DIR))?;
    std::fs::write(&record_path, serde_json::to_vec(&record)?)?;
    Ok((record.packages, record.workspace_root))
}

/// The packages under `listings`, and the root of the workspace they are in.
fn listing_packages(listings: &Path) -> Result<(Vec<String>, PathBuf)> {
    #[derive(Deserialize)]
    struct Metadata {
        packages: Vec<Package>,
        workspace_root: PathBuf,
    }
    #[derive(Deserialize)]
    struct Package {
        name: String,
        manifest_path: PathBuf,
    }
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .current_dir(listings)
        .args(["metadata", "--no-deps", "--format-version", "1"])
        .stdin(Stdio::null())
        .output()
        .context("running cargo metadata")?;
    if !output.status.success() {
        bail!("cargo metadata failed in {}:\n{}", listings.display(), String::from_utf8_lossy(&output.stderr));
    }
    let metadata: Metadata = serde_json::from_slice(&output.stdout).context("reading cargo metadata")?;
    let listings = listings.canonicalize()?;
    let packages: Vec<String> =
        metadata.packages.into_iter().filter(|p| p.manifest_path.starts_with(&listings)).map(|p| p.name).collect();
    if packages.is_empty() {
        bail!("Rust listings need cargo packages under {}, and there is none", listings.display());
    }
    Ok((packages, metadata.workspace_root))
}

/// `cargo build --release` every package under `listings`, in the workspace
/// they belong to.
pub fn cargo_build(root: &Path, listings: &Path) -> Result<Built> {
    let mut built = Built::default();
    let (packages, workspace) = packages_remembered(root, listings)?;
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .current_dir(listings)
        .args(["build", "--release", "--keep-going", "--message-format=json"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped());
    for package in &packages {
        command.args(["--package", package]);
    }
    let mut child = command.spawn().context("running cargo build")?;
    let stdout = child.stdout.take().expect("piped stdout");
    let mut libraries = Vec::new();
    let mut succeeded = false;
    for line in std::io::BufReader::new(stdout).lines() {
        let line = line?;
        let Ok(message) = serde_json::from_str::<Message>(&line) else { continue };
        match message {
            Message::BuildFinished { success } => succeeded = success,
            Message::CompilerArtifact { target, filenames, executable } => {
                // Cargo reports fresh units too, so this is the whole closure.
                libraries.extend(filenames.iter().filter(|f| is_linkable(f)).cloned());
                if let Some(executable) = executable {
                    built.programs.insert(target.src_path, executable);
                } else if target.kind.iter().any(|k| k == "cdylib") {
                    let library =
                        filenames.into_iter().find(|f| f.extension().is_some_and(|e| e == "so" || e == "dylib"));
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
                    Some(span) => {
                        built.errors.entry(source_path(&workspace, &span.file_name)).or_default().push(rendered)
                    }
                    None => built.other_errors.push(rendered),
                }
            }
            _ => {}
        }
    }
    let status = child.wait()?;
    if succeeded {
        link_doc_deps(&root.join(DOC_DEPS_DIR), &libraries)?;
    }
    if !status.success() && built.errors.is_empty() && built.other_errors.is_empty() {
        built.other_errors.push(format!("cargo build failed ({status}); see its messages above"));
    }
    Ok(built)
}

/// A diagnostic's file, which cargo gives relative to the workspace root.
fn source_path(workspace: &Path, file: &Path) -> PathBuf {
    let path = workspace.join(file);
    path.canonicalize().unwrap_or(path)
}

/// Libraries rustc links against: rlibs, and proc macros' shared objects.
fn is_linkable(file: &Path) -> bool {
    let name = file.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    name.ends_with(".rlib")
        || (name.starts_with("lib") && name.ends_with(".so") && file.to_string_lossy().contains("/deps/"))
}

/// Make `dir` hold hard links to exactly `libraries`, touching only what
/// changed: after an edit of one listing, that is usually nothing, where
/// remaking the folder cost some 700 file operations on every such rebuild.
/// (A build that stops half-way leaves no record of its inputs, so the next
/// one comes back here.)
fn link_doc_deps(dir: &Path, libraries: &[PathBuf]) -> Result<()> {
    use std::os::unix::fs::MetadataExt;
    std::fs::create_dir_all(dir)?;
    let wanted: HashMap<&std::ffi::OsStr, &PathBuf> =
        libraries.iter().filter_map(|library| Some((library.file_name()?, library))).collect();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if !wanted.contains_key(entry.file_name().as_os_str()) {
            std::fs::remove_file(entry.path())?;
        }
    }
    let identity = |path: &Path| std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()));
    for (name, library) in wanted {
        let link = dir.join(name);
        if identity(&link).is_some() && identity(&link) == identity(library) {
            continue;
        }
        let _ = std::fs::remove_file(&link);
        if std::fs::hard_link(library, &link).is_err() {
            std::fs::copy(library, &link).with_context(|| format!("copying {}", library.display()))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(path: &Path, text: &str) {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    fn package(root: &Path, name: &str) {
        let manifest = format!("[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2021\"\n");
        write(&root.join(format!("listings/{name}/Cargo.toml")), &manifest);
        write(&root.join(format!("listings/{name}/src/main.rs")), "fn main() {}\n");
    }

    /// doc-deps ends up with exactly the libraries asked for; a link that
    /// is already right stays the same file, a stale one goes.
    #[test]
    fn doc_deps_hold_exactly_the_libraries_and_keep_what_is_right() {
        use std::os::unix::fs::MetadataExt;
        let root = tempfile::tempdir().unwrap();
        let deps = root.path().join("deps");
        let library = |name: &str| {
            let path = deps.join(name);
            write(&path, name);
            path
        };
        let (a, b, c) = (library("liba.rlib"), library("libb.rlib"), library("libc.rlib"));
        let dir = root.path().join("doc-deps");
        link_doc_deps(&dir, &[a.clone(), b.clone()]).unwrap();
        let inode = |path: &Path| std::fs::metadata(path).unwrap().ino();
        let kept = inode(&dir.join("liba.rlib"));
        assert_eq!(kept, inode(&a), "a hard link to the library");

        // The next build: b is rebuilt (a new file), c is new, and a is unchanged.
        std::fs::remove_file(&b).unwrap();
        write(&b, "rebuilt");
        link_doc_deps(&dir, &[a.clone(), b.clone(), c.clone()]).unwrap();
        assert_eq!(inode(&dir.join("liba.rlib")), kept, "an unchanged link is left alone");
        assert_eq!(std::fs::read_to_string(dir.join("libb.rlib")).unwrap(), "rebuilt");
        assert_eq!(inode(&dir.join("libc.rlib")), inode(&c));

        // And one that is no longer built goes.
        link_doc_deps(&dir, &[c]).unwrap();
        let mut names: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name()).collect();
        names.sort();
        assert_eq!(names, ["libc.rlib"]);
    }

    /// The packages are remembered across source edits, and asked for again
    /// when a manifest changes (here: a package joins the workspace).
    #[test]
    fn packages_are_asked_for_again_only_when_a_manifest_changes() {
        let root = tempfile::tempdir().unwrap();
        let root = root.path();
        let workspace = |members: &str| format!("[workspace]\nmembers = [{members}]\nresolver = \"2\"\n");
        write(&root.join("Cargo.toml"), &workspace("\"listings/a\""));
        write(&root.join("Cargo.lock"), "version = 4\n");
        package(root, "a");
        package(root, "b");
        let listings = root.join("listings");

        let (first, _) = packages_remembered(root, &listings).unwrap();
        assert_eq!(first, ["a"]);

        // A source edit: the record answers (a stale record proves it was read).
        let record_path = root.join(LISTINGS_TARGET_DIR).join(PACKAGES_RECORD);
        let mut record: PackagesRecord = serde_json::from_slice(&std::fs::read(&record_path).unwrap()).unwrap();
        record.packages = vec!["from-the-record".into()];
        std::fs::write(&record_path, serde_json::to_vec(&record).unwrap()).unwrap();
        write(&listings.join("a/src/main.rs"), "fn main() { println!(); }\n");
        assert_eq!(packages_remembered(root, &listings).unwrap().0, ["from-the-record"]);

        // A manifest edit: cargo metadata is asked again.
        write(&root.join("Cargo.toml"), &workspace("\"listings/a\", \"listings/b\""));
        let (mut now, _) = packages_remembered(root, &listings).unwrap();
        now.sort();
        assert_eq!(now, ["a", "b"]);
    }
}

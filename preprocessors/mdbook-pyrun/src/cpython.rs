//! The CPython implementations every Python listing also runs on, besides the
//! embedded VM: native interpreters (`python3.12` on `PATH`, say), and
//! CPython 3.14 compiled to WebAssembly (Pyodide), run under Node.
//!
//! Configured in `[preprocessor.pyrun.cpython]`; a book without that table
//! runs its listings on the VM only.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde::Deserialize;

/// `[preprocessor.pyrun.cpython]`.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct CPythonConfig {
    /// Native CPython versions ("3.12"), found as `python3.12` on `PATH`
    /// unless `paths` names the executable.
    pub native: Vec<String>,
    /// Explicit executables, by version: `paths = { "3.13" = "/opt/py313/bin/python3" }`.
    pub paths: BTreeMap<String, PathBuf>,
    /// Pyodide's distribution folder (the npm package's), relative to the book root.
    pub pyodide: Option<PathBuf>,
    /// The Node executable that runs Pyodide.
    pub node: PathBuf,
    /// The versions the VM's output is compared with, in order of preference:
    /// the first one that ran the listing is the reference.
    pub reference: Vec<String>,
}

impl Default for CPythonConfig {
    fn default() -> Self {
        CPythonConfig {
            native: Vec::new(),
            paths: BTreeMap::new(),
            pyodide: None,
            node: PathBuf::from("node"),
            reference: vec!["3.14".into(), "3.13".into(), "3.12".into()],
        }
    }
}

/// How a CPython is run.
#[derive(Debug, Clone, PartialEq)]
pub enum Engine {
    /// A native executable, one process per listing.
    Native(PathBuf),
    /// Pyodide's distribution folder, run by `node`.
    Pyodide { node: PathBuf, dist: PathBuf },
}

/// One configured CPython, found or not.
#[derive(Debug, Clone, PartialEq)]
pub struct CPython {
    /// "3.12": what recordings are filed under.
    pub minor: String,
    /// "3.12.1", when found; else the version of its recordings, if any.
    pub version: Option<String>,
    /// How to run it; `Err` says why it is not available here.
    pub engine: Result<Engine, String>,
}

impl CPython {
    /// The key of its recordings: `cpython-3.12`.
    pub fn key(&self) -> String {
        format!("cpython-{}", self.minor)
    }

    pub fn is_wasm(&self) -> bool {
        matches!(self.engine, Ok(Engine::Pyodide { .. })) || self.minor == PYODIDE_MINOR
    }

    /// What a reader is shown: "CPython 3.12.1", "CPython 3.14.2 (wasm32)".
    pub fn label(&self, version: &str) -> String {
        if self.is_wasm() {
            format!("CPython {version} (Pyodide, wasm32)")
        } else {
            format!("CPython {version}")
        }
    }

    /// The identity that goes into the cache key of its runs.
    pub fn identity(&self) -> String {
        match &self.engine {
            Ok(Engine::Native(path)) => format!("native {} {}", self.version.as_deref().unwrap_or("?"), path.display()),
            Ok(Engine::Pyodide { dist, .. }) => {
                format!("pyodide {} {}", self.version.as_deref().unwrap_or("?"), dist.display())
            }
            Err(_) => String::new(),
        }
    }
}

/// The CPython that Pyodide provides.
pub const PYODIDE_MINOR: &str = "3.14";

/// What a listing may need that some implementation lacks (`needs=` in its
/// fence); `python3.14` means a module or syntax new in that version.
/// `asyncio` means asyncio's own event loop, which Pyodide replaces with its WebLoop.
pub const CAPABILITIES: [&str; 6] = ["threads", "fork", "subprocess", "sockets", "asyncio", "python3.14"];

/// Why an implementation cannot run a listing that needs `capability`, if it cannot.
pub fn lacks(cpython: &CPython, capability: &str) -> Option<String> {
    if let Some(needed) = capability.strip_prefix("python") {
        return (minor_number(&cpython.minor) < minor_number(needed))
            .then(|| format!("it needs Python {needed} or later"));
    }
    cpython.is_wasm().then(|| match capability {
        "threads" => "it needs threads, which CPython on WebAssembly cannot start".to_string(),
        "fork" => "it needs fork, which CPython on WebAssembly does not have".to_string(),
        "subprocess" => "it starts processes, which CPython on WebAssembly cannot".to_string(),
        "sockets" => "it needs sockets, which CPython on WebAssembly does not have".to_string(),
        "asyncio" => {
            "it relies on asyncio's own event loop, which CPython on WebAssembly replaces with Pyodide's WebLoop"
                .to_string()
        }
        "native-library" => {
            "it loads a native library built for this machine, which CPython on WebAssembly cannot".to_string()
        }
        other => format!("it needs {other}, which CPython on WebAssembly lacks"),
    })
}

/// The minor number of "3.12": 12.
fn minor_number(version: &str) -> u32 {
    version.split('.').nth(1).and_then(|m| m.parse().ok()).unwrap_or(0)
}

/// Find every configured CPython.
pub fn discover(config: &CPythonConfig, root: &Path) -> Vec<CPython> {
    // Each probe starts an interpreter, through a pyenv shim (a shell script)
    // taking about 80 ms: at once, not one after the other, on every build.
    let mut found: Vec<CPython> = std::thread::scope(|scope| {
        let probes: Vec<_> =
            config.native.iter().map(|minor| scope.spawn(move || native_cpython(config, minor))).collect();
        probes.into_iter().map(|probe| probe.join().expect("a probe does not panic")).collect()
    });
    if let Some(dist) = &config.pyodide {
        let dist = root.join(dist);
        let (version, engine) = match (pyodide_python_version(&dist), which::which(&config.node)) {
            (Ok(version), Ok(node)) => (Some(version), Ok(Engine::Pyodide { node, dist })),
            (Err(why), _) => (None, Err(why)),
            (_, Err(_)) => {
                (None, Err(format!("`{}` (Node, which runs Pyodide) is not on PATH", config.node.display())))
            }
        };
        found.push(CPython { minor: PYODIDE_MINOR.into(), version, engine });
    }
    found
}

/// The native CPython `minor` as configured or found on PATH, or why it cannot run.
fn native_cpython(config: &CPythonConfig, minor: &str) -> CPython {
    let (version, engine) = match native_executable(config, minor) {
        Ok(path) => match native_version(&path) {
            Ok((version, executable)) if version.starts_with(&format!("{minor}.")) => {
                (Some(version), Ok(Engine::Native(executable)))
            }
            Ok((version, _)) => (None, Err(format!("{} is CPython {version}, not {minor}", path.display()))),
            Err(why) => (None, Err(why)),
        },
        Err(why) => (None, Err(why)),
    };
    CPython { minor: minor.to_string(), version, engine }
}

fn native_executable(config: &CPythonConfig, minor: &str) -> Result<PathBuf, String> {
    match config.paths.get(minor) {
        Some(path) if path.exists() => Ok(path.clone()),
        Some(path) => Err(format!("{} (configured for CPython {minor}) does not exist", path.display())),
        None => which::which(format!("python{minor}")).map_err(|_| format!("python{minor} is not on PATH")),
    }
}

/// Ask the interpreter itself for its version and real executable: a
/// `python3.12` on PATH may be a shim (pyenv's) that fails, or that needs
/// environment variables a listing's clean environment does not have.
fn native_version(python: &Path) -> Result<(String, PathBuf), String> {
    let output = Command::new(python)
        .args(["-I", "-c", "import sys; print('%d.%d.%d' % sys.version_info[:3]); print(sys.executable)"])
        .output()
        .map_err(|e| format!("cannot run {}: {e}", python.display()))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        return Err(format!("{} does not run: {}", python.display(), stderr.lines().next().unwrap_or("").trim()));
    }
    let stdout = String::from_utf8_lossy(&output.stdout);
    match stdout.lines().collect::<Vec<_>>()[..] {
        [version, executable] if !executable.is_empty() => Ok((version.to_string(), PathBuf::from(executable))),
        _ => Err(format!("{} did not report its version: {stdout}", python.display())),
    }
}

/// The CPython version a Pyodide distribution contains, from its lock file.
fn pyodide_python_version(dist: &Path) -> Result<String, String> {
    let lock = dist.join("pyodide-lock.json");
    let text = std::fs::read_to_string(&lock)
        .map_err(|_| format!("Pyodide is not installed at {} (`cargo xtask tools` installs it)", dist.display()))?;
    #[derive(Deserialize)]
    struct Lock {
        info: Info,
    }
    #[derive(Deserialize)]
    struct Info {
        python: String,
    }
    let lock: Lock = serde_json::from_str(&text).map_err(|e| format!("cannot read {}: {e}", lock.display()))?;
    Ok(lock.info.python)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_native_interpreter_says_why() {
        let config = CPythonConfig { native: vec!["2.9".into()], ..CPythonConfig::default() };
        let found = discover(&config, Path::new("."));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key(), "cpython-2.9");
        assert_eq!(found[0].engine, Err("python2.9 is not on PATH".to_string()));
    }

    #[test]
    fn a_missing_pyodide_says_how_to_install_it() {
        let config = CPythonConfig { pyodide: Some("no/such/dir".into()), ..CPythonConfig::default() };
        let found = discover(&config, Path::new("."));
        assert!(found[0].is_wasm());
        assert!(found[0].engine.as_ref().unwrap_err().contains("cargo xtask tools"), "{:?}", found[0].engine);
    }

    #[test]
    fn wasm_lacks_threads_and_native_lacks_nothing() {
        let wasm = CPython { minor: "3.14".into(), version: None, engine: Err(String::new()) };
        assert!(lacks(&wasm, "threads").unwrap().contains("threads"));
        let native = CPython { minor: "3.13".into(), version: None, engine: Err(String::new()) };
        assert_eq!(lacks(&native, "threads"), None);
        assert_eq!(lacks(&native, "python3.14").as_deref(), Some("it needs Python 3.14 or later"));
        assert_eq!(lacks(&wasm, "python3.14"), None);
    }
}

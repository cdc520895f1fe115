//! `[preprocessor.pyrun]` in `book.toml`.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result};
use serde::Deserialize;

use crate::cpython::CPythonConfig;
use crate::protocol::Limits;

/// The preprocessor's settings. Unknown keys are an error, so a typo cannot be
/// silently ignored.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    /// Where listing files live, relative to the book's root.
    pub listings: PathBuf,
    /// Default wall-clock limit per listing, in seconds.
    pub timeout: f64,
    /// Default address-space limit per listing, in MiB.
    pub memory_mb: u64,
    /// Default CPU-time limit per listing, in seconds.
    pub cpu_seconds: u64,
    /// Default limit on the size of any file a listing writes, in MiB.
    pub file_size_mb: u64,
    /// Output kept per listing (or session), in KiB; the rest is cut with a marker.
    pub output_limit_kb: u64,
    /// Listings run at once; 0 means one per core.
    pub jobs: usize,
    /// Where run results are cached, relative to the book's root.
    pub cache_dir: PathBuf,
    /// Ignore cached results and re-run everything.
    pub force: bool,
    /// The CPythons every Python listing also runs on; none when absent.
    pub cpython: Option<CPythonConfig>,
    /// A folder, relative to the book's source folder, that the preprocessor
    /// fills with links to the listing files captions link to, for mdBook to
    /// copy into the built book (see `publish`): each file listing's caption
    /// then links to its raw file. Generated: keep it in `.gitignore`.
    pub published_listings: Option<PathBuf>,
    /// Run and Edit buttons that run listings in the reader's browser.
    pub browser: Option<BrowserConfig>,
    /// Turn ```` ```mermaid ```` blocks into diagrams for the HTML renderer,
    /// with mdbook-mermaid's own preprocessor run in this process (the page
    /// still needs mermaid's scripts in `output.html.additional-js`).
    pub mermaid: bool,

    // Keys that mdBook itself reads from every preprocessor table.
    #[allow(dead_code)]
    command: Option<String>,
    #[allow(dead_code)]
    before: Option<Vec<String>>,
    #[allow(dead_code)]
    after: Option<Vec<String>>,
    #[allow(dead_code)]
    renderers: Option<Vec<String>>,
    #[allow(dead_code)]
    optional: Option<bool>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            listings: PathBuf::from("listings"),
            timeout: 10.0,
            memory_mb: 2048,
            cpu_seconds: 30,
            file_size_mb: 64,
            output_limit_kb: 64,
            jobs: 0,
            cache_dir: PathBuf::from("target/pyrun-cache"),
            force: false,
            cpython: None,
            published_listings: None,
            browser: None,
            mermaid: false,
            command: None,
            before: None,
            after: None,
            renderers: None,
            optional: None,
        }
    }
}

/// `[preprocessor.pyrun.browser]`: listings run in the reader's browser on
/// the same Pyodide the build runs (needs `[preprocessor.pyrun.cpython] pyodide`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct BrowserConfig {
    /// The folder, relative to the book's source folder, that holds the page
    /// side's `worker.mjs` and `driver.py`, Pyodide's files in `pyodide/` and the Ace editor in `ace/`.
    pub assets: PathBuf,
}

/// The files a browser run fetches from the assets folder.
pub const BROWSER_ASSETS: [&str; 5] =
    ["worker.mjs", "driver.py", "pyodide/pyodide.mjs", "pyodide/pyodide.asm.wasm", "ace/ace.js"];

impl BrowserConfig {
    /// Fail, naming what is missing, unless the assets folder under `src` is complete.
    pub fn check_assets(&self, src: &Path) -> Result<()> {
        let missing: Vec<String> = BROWSER_ASSETS
            .iter()
            .map(|name| src.join(&self.assets).join(name))
            .filter(|path| !path.is_file())
            .map(|path| path.display().to_string())
            .collect();
        if !missing.is_empty() {
            anyhow::bail!(
                "[preprocessor.pyrun.browser] needs these files, which are missing: {} \
                 (Pyodide's are symlinks into node_modules: run `npm ci`, which `cargo xtask build` does)",
                missing.join(", ")
            );
        }
        Ok(())
    }
}

impl Config {
    /// Read `[preprocessor.pyrun]` from an mdBook configuration.
    pub fn from_book_config(config: &mdbook_preprocessor::config::Config) -> Result<Config> {
        let mut ours: Config =
            config.get("preprocessor.pyrun").context("reading [preprocessor.pyrun] in book.toml")?.unwrap_or_default();
        if std::env::var_os("PYRUN_FORCE").is_some_and(|v| v != "0") {
            ours.force = true;
        }
        Ok(ours)
    }

    /// Read `book.toml` in `root`; returns the configuration and the book's source folder.
    pub fn from_book_root(root: &Path) -> Result<(Config, PathBuf)> {
        let book = mdbook_preprocessor::config::Config::from_disk(root.join("book.toml"))
            .with_context(|| format!("reading {}", root.join("book.toml").display()))?;
        Ok((Config::from_book_config(&book)?, book.book.src.clone()))
    }

    pub fn default_limits(&self) -> Limits {
        Limits { memory_mb: self.memory_mb, cpu_seconds: self.cpu_seconds, file_size_mb: self.file_size_mb }
    }

    pub fn default_timeout(&self) -> Duration {
        Duration::from_secs_f64(self.timeout)
    }

    pub fn output_limit(&self) -> u64 {
        self.output_limit_kb * 1024
    }

    pub fn jobs(&self) -> usize {
        if self.jobs == 0 {
            std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1)
        } else {
            self.jobs
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(toml: &str) -> Result<Config> {
        let book: mdbook_preprocessor::config::Config = toml.parse()?;
        Config::from_book_config(&book)
    }

    #[test]
    fn defaults_apply_when_the_table_is_absent_or_partial() {
        let config = parse("[book]\ntitle = \"t\"\n").unwrap();
        assert_eq!(config.timeout, 10.0);
        let config = parse("[preprocessor.pyrun]\ncommand = \"x\"\nafter = [\"links\"]\ntimeout = 3\n").unwrap();
        assert_eq!(config.timeout, 3.0);
        assert_eq!(config.memory_mb, 2048);
    }

    #[test]
    fn unknown_keys_are_rejected_by_name() {
        let err = parse("[preprocessor.pyrun]\ntimeuot = 3\n").unwrap_err();
        assert!(format!("{err:#}").contains("timeuot"), "{err:#}");
    }
}

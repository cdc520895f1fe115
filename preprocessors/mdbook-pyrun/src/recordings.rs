//! CPython's recorded outputs: one file per chapter,
//! `listings/<chapter-slug>/cpython.toml`, holding each listing's output on
//! each configured CPython, for inline listings as well as file listings.
//! Written only by `bless`; read by every build, so that a fresh clone shows
//! CPython's output without any CPython installed.
//!
//! Each recording carries the hash of the source it was made from, so a
//! recording of an older version of a listing is never shown as current.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use crate::protocol::JobBlock;

/// The recordings of one chapter: listing id → implementation key → recording.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChapterRecordings {
    #[serde(default)]
    pub listing: BTreeMap<String, BTreeMap<String, Recording>>,
}

/// What one CPython did with one listing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Recording {
    /// The full version that produced it, "3.13.0".
    pub version: String,
    /// [`source_hash`] of the blocks the listing's unit ran.
    pub source: String,
    /// The exception the listing was expected to raise, and did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raised: Option<String>,
    /// What the listing did instead of what its fence promised, if anything.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
    /// Its output (stdout and stderr, normalised), when it ran.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output: Option<String>,
    /// Why this CPython cannot run it, when it cannot.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cannot_run: Option<String>,
}

const HEADER: &str =
    "# CPython's output of every listing of this chapter, written by `cargo xtask bless`. Do not edit.\n\n";

/// Where a chapter's recordings live, relative to the book root.
pub fn recordings_path(listings_dir: &Path, chapter_slug: &str) -> PathBuf {
    listings_dir.join(chapter_slug).join("cpython.toml")
}

/// The hash that ties a recording to the source it was made from: every
/// block of the unit, hidden lines and earlier blocks of a session included.
pub fn source_hash(blocks: &[JobBlock]) -> String {
    let mut hasher = blake3::Hasher::new();
    for block in blocks {
        hasher.update(&serde_json::to_vec(&(&block.filename, &block.source)).expect("strings serialise"));
    }
    hasher.finalize().to_hex()[..16].to_string()
}

/// Read a chapter's recordings; a chapter without a file has none.
pub fn load(root: &Path, path: &Path) -> Result<ChapterRecordings> {
    match std::fs::read_to_string(root.join(path)) {
        Ok(text) => toml::from_str(&text).with_context(|| format!("reading the CPython recordings {}", path.display())),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(ChapterRecordings::default()),
        Err(err) => Err(err).with_context(|| format!("reading {}", path.display())),
    }
}

/// Write a chapter's recordings atomically, or remove the file when there are
/// none; true when the file changed.
pub fn write(root: &Path, path: &Path, recordings: &ChapterRecordings) -> Result<bool> {
    let target = root.join(path);
    if recordings.listing.is_empty() {
        return Ok(std::fs::remove_file(&target).is_ok());
    }
    let text = format!("{HEADER}{}", toml::to_string_pretty(recordings)?);
    if std::fs::read_to_string(&target).is_ok_and(|old| old == text) {
        return Ok(false);
    }
    let dir = target.parent().expect("a recordings file is inside a folder");
    std::fs::create_dir_all(dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    std::io::Write::write_all(&mut tmp, text.as_bytes())?;
    tmp.persist(&target).map_err(|e| e.error)?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn recording(output: &str) -> Recording {
        Recording {
            version: "3.13.0".into(),
            source: "abc".into(),
            raised: None,
            problem: None,
            output: Some(output.into()),
            cannot_run: None,
        }
    }

    #[test]
    fn recordings_round_trip_with_readable_multiline_outputs() {
        let root = tempfile::tempdir().unwrap();
        let path = recordings_path(Path::new("listings"), "names");
        let mut recordings = ChapterRecordings::default();
        let tricky = "line 1\n'''quotes''' and \"\"\"more\"\"\"\n\ttab \\ backslash\n";
        recordings.listing.entry("names/1".into()).or_default().insert("cpython-3.13".into(), recording(tricky));
        assert!(write(root.path(), &path, &recordings).unwrap());
        assert!(!write(root.path(), &path, &recordings).unwrap(), "an unchanged file is not rewritten");
        let text = std::fs::read_to_string(root.path().join(&path)).unwrap();
        assert!(text.starts_with(HEADER), "{text}");
        assert!(text.contains("[listing.\"names/1\".\"cpython-3.13\"]"), "{text}");
        assert_eq!(load(root.path(), &path).unwrap(), recordings);
    }

    #[test]
    fn a_missing_file_has_no_recordings_and_a_corrupt_one_names_itself() {
        let root = tempfile::tempdir().unwrap();
        let path = recordings_path(Path::new("listings"), "none");
        assert_eq!(load(root.path(), &path).unwrap(), ChapterRecordings::default());
        std::fs::create_dir_all(root.path().join("listings/none")).unwrap();
        std::fs::write(root.path().join(&path), "listing = 3").unwrap();
        assert!(format!("{:#}", load(root.path(), &path).unwrap_err()).contains("listings/none/cpython.toml"));
    }

    #[test]
    fn the_source_hash_covers_sources_and_file_names() {
        let block = |source: &str, filename: &str| JobBlock { source: source.into(), filename: filename.into() };
        let a = source_hash(&[block("print(1)\n", "a.py")]);
        assert_ne!(a, source_hash(&[block("print(2)\n", "a.py")]));
        assert_ne!(a, source_hash(&[block("print(1)\n", "b.py")]));
        assert_ne!(a, source_hash(&[block("x = 1\n", "s.py"), block("print(1)\n", "a.py")]));
    }
}

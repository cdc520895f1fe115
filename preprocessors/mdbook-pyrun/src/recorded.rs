//! Recorded outputs: `NAME.out` beside each listing file, written only by bless.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use similar::TextDiff;

/// The recorded output beside a listing file.
pub fn recorded_path(listing_file: &Path) -> PathBuf {
    listing_file.with_extension("out")
}

/// How a listing's output differs from its recording.
#[derive(Debug, Clone, PartialEq)]
pub enum Drift {
    Missing,
    /// A unified diff, recorded → actual.
    Differs(String),
}

/// Compare `actual` with the recording of `listing_file` (both relative to `root`).
pub fn compare(root: &Path, listing_file: &Path, actual: &str) -> Option<Drift> {
    let recorded_file = recorded_path(listing_file);
    let Ok(recorded) = std::fs::read_to_string(root.join(&recorded_file)) else {
        return Some(Drift::Missing);
    };
    (recorded != actual).then(|| Drift::Differs(unified_diff(&recorded, actual, &recorded_file)))
}

pub fn unified_diff(recorded: &str, actual: &str, recorded_file: &Path) -> String {
    TextDiff::from_lines(recorded, actual)
        .unified_diff()
        .context_radius(3)
        .header(&format!("{} (recorded)", recorded_file.display()), "actual output")
        .to_string()
}

/// Write the recording of `listing_file`; true when it changed.
pub fn bless(root: &Path, listing_file: &Path, actual: &str) -> std::io::Result<bool> {
    let target = root.join(recorded_path(listing_file));
    if std::fs::read_to_string(&target).is_ok_and(|old| old == actual) {
        return Ok(false);
    }
    let dir = target.parent().unwrap_or(root);
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    std::io::Write::write_all(&mut tmp, actual.as_bytes())?;
    tmp.persist(&target).map_err(|e| e.error)?;
    Ok(true)
}

/// `.py` files under `listings_dir` that no chapter uses, and `.out` files
/// without a listing (`.py` or `.rs`) beside them (paths relative to `root`).
pub fn strays(root: &Path, listings_dir: &Path, used: &BTreeSet<PathBuf>) -> Vec<PathBuf> {
    let mut found = Vec::new();
    walk(&root.join(listings_dir), &mut |path| {
        let rel = path.strip_prefix(root).unwrap_or(path).to_path_buf();
        match path.extension().and_then(|e| e.to_str()) {
            Some("py") if !used.contains(&rel) => found.push(rel),
            Some("out") if !path.with_extension("py").exists() && !path.with_extension("rs").exists() => {
                found.push(rel)
            }
            _ => {}
        }
    });
    found.sort();
    found
}

/// Every file under `dir`, outside `__pycache__` folders.
fn walk(dir: &Path, visit: &mut dyn FnMut(&Path)) {
    let entries = walkdir::WalkDir::new(dir).into_iter().filter_entry(|e| e.file_name() != "__pycache__");
    for entry in entries.flatten().filter(|e| e.file_type().is_file()) {
        visit(entry.path());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_differs_and_blessed() {
        let root = tempfile::tempdir().unwrap();
        std::fs::create_dir(root.path().join("l")).unwrap();
        let file = Path::new("l/a.py");
        std::fs::write(root.path().join(file), "print(1)").unwrap();
        assert_eq!(compare(root.path(), file, "1\n"), Some(Drift::Missing));
        assert!(bless(root.path(), file, "1\n").unwrap());
        assert!(!bless(root.path(), file, "1\n").unwrap());
        assert_eq!(compare(root.path(), file, "1\n"), None);
        let Some(Drift::Differs(diff)) = compare(root.path(), file, "2\n") else { panic!("no drift") };
        assert!(diff.contains("-1\n+2\n"), "{diff}");
        assert!(diff.contains("l/a.out (recorded)"));
    }

    #[test]
    fn strays_are_unused_files_and_orphan_recordings() {
        let root = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(root.path().join("listings/c")).unwrap();
        for name in ["used.py", "used.out", "unused.py", "orphan.out"] {
            std::fs::write(root.path().join("listings/c").join(name), "").unwrap();
        }
        let used = BTreeSet::from([PathBuf::from("listings/c/used.py")]);
        let strays = strays(root.path(), Path::new("listings"), &used);
        assert_eq!(strays, vec![PathBuf::from("listings/c/orphan.out"), PathBuf::from("listings/c/unused.py")]);
    }
}

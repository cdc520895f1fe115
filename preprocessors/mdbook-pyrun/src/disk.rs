//! The book read straight from disk, for commands that run without mdBook
//! (`bless`, `check`): every markdown file under the source folder.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::listing::ChapterInput;

/// Every `.md` file under `root/src`, sorted by path, `SUMMARY.md` excepted.
pub fn chapters_on_disk(root: &Path, src: &Path) -> Result<Vec<ChapterInput>> {
    let mut files = Vec::new();
    collect_markdown(&root.join(src), &mut files)?;
    files.sort();
    files
        .into_iter()
        .filter(|f| f.file_name().is_some_and(|n| n != "SUMMARY.md"))
        .map(|file| {
            let content = std::fs::read_to_string(&file).with_context(|| format!("reading {}", file.display()))?;
            let source_path = file.strip_prefix(root).unwrap_or(&file).to_path_buf();
            Ok(ChapterInput { source_path, number: None, content })
        })
        .collect()
}

fn collect_markdown(dir: &Path, files: &mut Vec<PathBuf>) -> Result<()> {
    for entry in std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let path = entry?.path();
        if path.is_dir() {
            collect_markdown(&path, files)?;
        } else if path.extension().is_some_and(|e| e == "md") {
            files.push(path);
        }
    }
    Ok(())
}

//! The book read straight from disk, for commands that run without mdBook
//! (`bless`, `check`): the chapters `SUMMARY.md` lists, parsed as mdBook
//! parses it, with their numbers.

use std::path::Path;

use anyhow::{Context, Result};
use mdbook_summary::{parse_summary, SummaryItem};

use crate::listing::ChapterInput;

/// Every chapter with a file that `root/src/SUMMARY.md` lists, in book order.
pub fn chapters_on_disk(root: &Path, src: &Path) -> Result<Vec<ChapterInput>> {
    let summary_path = root.join(src).join("SUMMARY.md");
    let text = std::fs::read_to_string(&summary_path).with_context(|| format!("reading {}", summary_path.display()))?;
    let summary = parse_summary(&text).with_context(|| format!("parsing {}", summary_path.display()))?;
    let mut chapters = Vec::new();
    for item in summary.prefix_chapters.iter().chain(&summary.numbered_chapters).chain(&summary.suffix_chapters) {
        collect(item, root, src, &mut chapters)?;
    }
    Ok(chapters)
}

fn collect(item: &SummaryItem, root: &Path, src: &Path, chapters: &mut Vec<ChapterInput>) -> Result<()> {
    let SummaryItem::Link(link) = item else { return Ok(()) };
    if let Some(location) = &link.location {
        let source_path = src.join(location);
        let file = root.join(&source_path);
        let content = std::fs::read_to_string(&file).with_context(|| format!("reading {}", file.display()))?;
        let number = link.number.as_ref().map(|n| n.iter().map(u32::to_string).collect::<Vec<_>>().join("."));
        chapters.push(ChapterInput { source_path, number, content });
    }
    for nested in &link.nested_items {
        collect(nested, root, src, chapters)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chapters_come_from_summary_in_book_order_with_numbers_and_drafts_skipped() {
        let root = tempfile::tempdir().unwrap();
        let src = root.path().join("src");
        std::fs::create_dir_all(src.join("part")).unwrap();
        let summary = "# Summary\n\n[Intro](intro.md)\n\n# Part\n\n- [B](part/b.md)\n  - [A](a.md)\n- [Draft]()\n";
        std::fs::write(src.join("SUMMARY.md"), summary).unwrap();
        for (file, text) in [("intro.md", "i"), ("part/b.md", "b"), ("a.md", "a"), ("unlisted.md", "u")] {
            std::fs::write(src.join(file), text).unwrap();
        }
        let chapters = chapters_on_disk(root.path(), Path::new("src")).unwrap();
        let seen: Vec<_> = chapters
            .iter()
            .map(|c| (c.source_path.display().to_string(), c.number.clone(), c.content.as_str()))
            .collect();
        assert_eq!(
            seen,
            vec![
                ("src/intro.md".into(), None, "i"),
                ("src/part/b.md".into(), Some("1".into()), "b"),
                ("src/a.md".into(), Some("1.1".into()), "a"),
            ]
        );
    }
}

//! Every chapter has the shape `WRITING.md` asks for: enough prose, at least
//! seven executed listings, a diagram, five to eight recall questions behind
//! `<details>`, and further reading.

mod common;

use mdbook_pyrun::extract::{fenced_blocks, splice};
use mdbook_pyrun::fence::parse_info;

/// Pages that are not chapters.
const NOT_CHAPTERS: [&str; 2] = ["introduction.md", "appendix/implementations.md"];

fn chapters() -> Vec<(String, String)> {
    let book = common::repo_root().join("book");
    common::chapter_paths()
        .into_iter()
        .filter(|path| !NOT_CHAPTERS.contains(&path.as_str()))
        .map(|path| {
            let content = std::fs::read_to_string(book.join(&path)).unwrap_or_else(|e| panic!("{path}: {e}"));
            (path, content)
        })
        .collect()
}

#[test]
fn every_chapter_has_the_required_shape() {
    let mut problems = Vec::new();
    let chapters = chapters();
    assert!(chapters.len() >= 20, "SUMMARY.md lists only {} chapters", chapters.len());
    for (path, content) in chapters {
        let blocks = fenced_blocks(&content);
        let executed = blocks.iter().filter_map(|b| parse_info(&b.info).ok().flatten()).filter(|a| !a.norun).count();
        let diagrams = blocks.iter().filter(|b| b.info.trim() == "mermaid").count();
        let prose = splice(&content, &blocks.iter().map(|b| (b.span.clone(), String::new())).collect::<Vec<_>>());
        let words = prose.split_whitespace().count();
        let recall = content.matches("<details>").count();
        let mut check = |ok: bool, what: String| {
            if !ok {
                problems.push(format!("{path}: {what}"));
            }
        };
        check(executed >= 7, format!("{executed} executed listings, want at least 7"));
        check(diagrams >= 1, "no mermaid diagram".into());
        check(words >= 1500, format!("{words} words of prose, want at least 1500"));
        check((5..=8).contains(&recall), format!("{recall} recall questions behind <details>, want 5 to 8"));
        check(content.contains("## Further reading"), "no `## Further reading` section".into());
    }
    assert!(problems.is_empty(), "chapters missing parts of the required shape:\n{}", problems.join("\n"));
}

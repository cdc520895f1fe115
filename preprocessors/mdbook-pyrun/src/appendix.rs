//! The generated appendix: every divergence between the VM and CPython, every
//! listing some CPython cannot run, and what changes between CPython versions.
//!
//! A chapter asks for it with the line [`MARKER`]; the preprocessor replaces
//! that line with the tables, so the appendix is listed in SUMMARY.md like any
//! other chapter.

use std::path::{Component, Path, PathBuf};

use crate::divergence::{Accounting, Row};
use crate::render::escape_html;

/// The line that the appendix replaces.
pub const MARKER: &str = "<!-- pyrun: implementations appendix -->";

/// The markdown that replaces [`MARKER`] in the chapter at `chapter_path`.
pub fn render(accounting: &Accounting, chapter_path: &Path) -> String {
    let mut md = String::new();
    md.push_str(
        "## Counts\n\n| implementation | same output as the VM | different | cannot run |\n| --- | --- | --- | --- |\n",
    );
    for (label, tally) in &accounting.tallies {
        md.push_str(&format!("| {label} | {} | {} | {} |\n", tally.agree, tally.differ, tally.cannot_run));
    }
    md.push('\n');
    section(
        &mut md,
        "Where the VM differs from CPython",
        "Each of these listings declares why (`differs=`); the build fails on any other difference.",
        "why",
        &accounting.divergent,
        chapter_path,
    );
    section(&mut md, "What changed in CPython", "Listings whose output differs between the CPython versions the book runs. CPython 3.14 runs as a 32-bit WebAssembly build, so sizes and `sys.maxsize` differ from 64-bit builds for that reason alone.", "versions", &accounting.cpython_changes, chapter_path);
    section(&mut md, "Listings a CPython cannot run", "", "why", &accounting.cannot_run, chapter_path);
    md
}

fn section(md: &mut String, title: &str, intro: &str, note_header: &str, rows: &[Row], from: &Path) {
    md.push_str(&format!("## {title}\n\n"));
    if !intro.is_empty() {
        md.push_str(&format!("{intro}\n\n"));
    }
    if rows.is_empty() {
        md.push_str("None.\n\n");
        return;
    }
    // An HTML table: the changed lines keep their line breaks inside `<pre>`.
    md.push_str(&format!("<table class=\"pyrun-appendix\">\n<thead><tr><th>listing</th><th>{note_header}</th><th>changed lines</th></tr></thead>\n<tbody>\n"));
    for row in rows {
        let href = format!("{}#{}", relative_html(from, &row.chapter_path).display(), row.anchor);
        md.push_str(&format!(
            "<tr><td><a href=\"{}\">{}</a><br><code>{}</code></td><td>{}</td><td><pre><code>{}</code></pre></td></tr>\n",
            escape_html(&href),
            escape_html(&row.label),
            escape_html(&row.listing_id),
            escape_html(&row.note),
            escape_html(&row.changed)
        ));
    }
    md.push_str("</tbody>\n</table>\n\n");
}

/// The rendered page of chapter `to`, relative to the page of chapter `from`
/// (both chapter source paths under the same source folder).
fn relative_html(from: &Path, to: &Path) -> PathBuf {
    let from_dir: Vec<Component> = from.parent().map(|p| p.components().collect()).unwrap_or_default();
    let to_parts: Vec<Component> = to.components().collect();
    let common = from_dir.iter().zip(&to_parts).take_while(|(a, b)| a == b).count();
    let mut path = PathBuf::new();
    for _ in common..from_dir.len() {
        path.push("..");
    }
    for part in &to_parts[common..] {
        path.push(part);
    }
    path.with_extension("html")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_relative_between_pages() {
        assert_eq!(
            relative_html(Path::new("book/appendix/impl.md"), Path::new("book/objects/gc.md")),
            PathBuf::from("../objects/gc.html")
        );
        assert_eq!(relative_html(Path::new("book/impl.md"), Path::new("book/gc.md")), PathBuf::from("gc.html"));
    }

    #[test]
    fn rows_link_to_their_listing_and_escape_output() {
        let row = Row {
            listing_id: "gc/cycles".into(),
            label: "Listing 3.2".into(),
            chapter_path: "book/objects/gc.md".into(),
            anchor: "listing-gc-cycles".into(),
            note: "the VM collects <differently>".into(),
            changed: "- 1\n+ 2".into(),
        };
        let accounting = Accounting { divergent: vec![row], ..Accounting::default() };
        let md = render(&accounting, Path::new("book/appendix/impl.md"));
        assert!(md.contains("<a href=\"../objects/gc.html#listing-gc-cycles\">Listing 3.2</a>"), "{md}");
        assert!(md.contains("the VM collects &lt;differently&gt;"), "{md}");
        assert!(md.contains("## What changed in CPython\n\nListings whose"), "{md}");
    }
}

//! Listings: the Python blocks of a chapter, with their ids, numbers and sources,
//! grouped into the units that run in one interpreter each.

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::config::Config;
use crate::extract::{fenced_blocks, FencedBlock};
use crate::fence::{parse_info, Attrs, Language};
use crate::protocol::{Job, JobBlock, Limits};

/// The comment that hides a line of a Python listing from the rendered code
/// while still running it.
pub const HIDE_MARKER: &str = "# hide";

/// The same for Rust listings. Such lines are rendered with mdBook's `# `
/// prefix, so the HTML hides them and `mdbook test` still compiles them.
pub const RUST_HIDE_MARKER: &str = "// hide";

/// A chapter as the pipeline sees it.
#[derive(Debug, Clone)]
pub struct ChapterInput {
    /// The chapter's file as a reader of error messages finds it, e.g. `book/objects/names.md`.
    pub source_path: PathBuf,
    /// The chapter's number in the book ("3"), if it has one.
    pub number: Option<String>,
    pub content: String,
}

impl ChapterInput {
    /// The file stem, which names the chapter's listings folder and ids.
    pub fn slug(&self) -> String {
        self.source_path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
    }
}

/// One Python listing.
#[derive(Debug, Clone)]
pub struct Listing {
    pub id: String,
    /// "Listing 3.2", or "Listing 2" in an unnumbered chapter.
    pub label: String,
    pub chapter_path: PathBuf,
    pub line: usize,
    pub span: Range<usize>,
    pub attrs: Attrs,
    /// The full source, hidden lines included.
    pub source: String,
    /// The listing's file relative to the book root, for file listings.
    pub file: Option<PathBuf>,
}

/// A problem with a block's markup, found before anything runs.
#[derive(Debug, Clone)]
pub struct MarkupError {
    pub chapter_path: PathBuf,
    pub line: usize,
    pub message: String,
}

impl Listing {
    /// The code as shown to readers. Hidden lines are marked for mdBook to
    /// hide behind its eye button: Rust's with `# ` (rustdoc still compiles
    /// them), Python's with `python_prefix`, the book's
    /// `output.html.code.hidelines.python`. Without one, they are left out.
    pub fn display_code(&self, python_prefix: Option<&str>) -> String {
        let mut shown = String::new();
        for line in self.source.lines() {
            match self.attrs.language {
                Language::Python if is_hidden(line, HIDE_MARKER) => {
                    let Some(prefix) = python_prefix else { continue };
                    // mdBook keeps the indentation before the prefix.
                    let code = line.trim_end().strip_suffix(HIDE_MARKER).unwrap_or(line).trim_end();
                    let indent = &code[..code.len() - code.trim_start().len()];
                    shown.push_str(indent);
                    shown.push_str(prefix);
                    shown.push_str(code.trim_start());
                }
                Language::Rust if is_hidden(line, RUST_HIDE_MARKER) => {
                    shown.push_str("# ");
                    shown.push_str(line.trim_end().strip_suffix(RUST_HIDE_MARKER).unwrap_or(line).trim_end());
                }
                _ => shown.push_str(line),
            }
            shown.push('\n');
        }
        shown
    }

    /// The language word of the rendered code fence.
    pub fn fence_language(&self) -> &'static str {
        match self.attrs.language {
            Language::Python => "python",
            Language::Rust => "rust",
        }
    }

    /// The file name shown in tracebacks.
    pub fn filename(&self) -> String {
        match &self.file {
            Some(file) => file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
            None => format!("<listing {}>", self.id),
        }
    }

    /// Where a reader of an error message should look: `book/ch.md:42`.
    pub fn location(&self) -> String {
        format!("{}:{}", self.chapter_path.display(), self.line)
    }

    /// The id of its `<figure>` on the page.
    pub fn anchor(&self) -> String {
        format!("listing-{}", self.id.replace(['/', ' '], "-"))
    }

    /// Whether it runs at all, on some implementation.
    pub fn runs(&self) -> bool {
        !self.attrs.norun
    }

    /// Whether it runs on the embedded VM (Rust listings embed it).
    pub fn runs_on_vm(&self) -> bool {
        self.runs() && !self.attrs.cpython_only
    }
}

fn is_hidden(line: &str, marker: &str) -> bool {
    line.trim_end().ends_with(marker)
}

/// Collect the listings of a chapter, reading file listings from `root`.
pub fn collect_listings(chapter: &ChapterInput, root: &Path, config: &Config) -> (Vec<Listing>, Vec<MarkupError>) {
    let slug = chapter.slug();
    let mut listings = Vec::new();
    let blocks = fenced_blocks(&chapter.content);
    let mut errors = lost_fences(chapter, &blocks);
    for block in blocks {
        let error =
            |message: String| MarkupError { chapter_path: chapter.source_path.clone(), line: block.line, message };
        let attrs = match parse_info(&block.info) {
            Ok(Some(attrs)) => attrs,
            Ok(None) => continue,
            Err(err) => {
                errors.push(error(err.to_string()));
                continue;
            }
        };
        let ordinal = listings.len() + 1;
        let (source, file) = match &attrs.file {
            Some(rel) => {
                let path = config.listings.join(rel);
                if !block.body.trim().is_empty() {
                    errors.push(error(format!("block has both `file={rel}` and a body; leave the body empty")));
                    continue;
                }
                match std::fs::read_to_string(root.join(&path)) {
                    Ok(source) => (source, Some(path)),
                    Err(err) => {
                        errors.push(error(format!("cannot read listing file {}: {err}", path.display())));
                        continue;
                    }
                }
            }
            None => (block.body.clone(), None),
        };
        let id = match (&attrs.id, &attrs.file) {
            (Some(id), _) => id.clone(),
            // A Rust program lives at `<folder>/src/bin/<name>.rs`; its id is `<folder>/<name>`.
            (None, Some(rel)) if attrs.language == Language::Rust => {
                let rel = Path::new(rel);
                let folder =
                    rel.components().next().map(|c| c.as_os_str().to_string_lossy().into_owned()).unwrap_or_default();
                let stem = rel.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
                format!("{folder}/{stem}")
            }
            (None, Some(rel)) => Path::new(rel).with_extension("").to_string_lossy().into_owned(),
            (None, None) => format!("{slug}/{ordinal}"),
        };
        let label = match &chapter.number {
            Some(number) => format!("Listing {number}.{ordinal}"),
            None => format!("Listing {ordinal}"),
        };
        listings.push(Listing {
            id,
            label,
            chapter_path: chapter.source_path.clone(),
            line: block.line,
            span: block.span,
            attrs,
            source,
            file,
        });
    }
    (listings, errors)
}

/// Lines that look like a listing's opening fence but are not one. CommonMark
/// forbids backticks in a backtick fence's info string, so ```` ```python
/// caption="`x`" ```` is plain text, and the listing would silently vanish.
fn lost_fences(chapter: &ChapterInput, blocks: &[FencedBlock]) -> Vec<MarkupError> {
    // The line ranges of real blocks, in order, for a binary search per line.
    let ranges: Vec<(usize, usize)> =
        blocks.iter().map(|b| (b.line, b.line + chapter.content[b.span.clone()].matches('\n').count())).collect();
    let inside_a_block = |line: usize| {
        let after = ranges.partition_point(|&(start, _)| start <= line);
        after > 0 && line <= ranges[after - 1].1
    };
    chapter
        .content
        .lines()
        .enumerate()
        .map(|(i, text)| (i + 1, text.trim_start()))
        .filter(|(_, text)| text.starts_with("```py"))
        .filter(|&(line, _)| !inside_a_block(line))
        .map(|(line, _)| MarkupError {
            chapter_path: chapter.source_path.clone(),
            line,
            message: "this line looks like a listing's fence but is not one: a backtick fence's info string \
                      cannot contain backticks (remove them from the caption, or fence with ~~~)"
                .to_string(),
        })
        .collect()
}

/// Listings that run together in one interpreter: one listing, or one session.
#[derive(Debug, Clone)]
pub struct Unit {
    /// Indices into the chapter's listings, in page order.
    pub members: Vec<usize>,
}

/// Group a chapter's runnable listings into units, in page order of their first member.
pub fn units_of(listings: &[Listing]) -> Vec<Unit> {
    let mut units: Vec<(Option<&str>, Unit)> = Vec::new();
    for (index, listing) in listings.iter().enumerate().filter(|(_, l)| l.runs()) {
        // Rust listings are programs of their own: never part of a session.
        let session = listing.attrs.session.as_deref().filter(|_| listing.attrs.language == Language::Python);
        match session.and_then(|name| units.iter_mut().find(|(s, _)| *s == Some(name))) {
            Some((_, unit)) => unit.members.push(index),
            None => units.push((session, Unit { members: vec![index] })),
        }
    }
    units.into_iter().map(|(_, unit)| unit).collect()
}

impl Unit {
    /// The job a worker runs for this unit. Limits are the largest any member asks for.
    pub fn job(&self, listings: &[Listing], config: &Config) -> Job {
        let defaults = config.default_limits();
        let members = || self.members.iter().map(|&i| &listings[i]);
        let limits = Limits {
            memory_mb: members().filter_map(|l| l.attrs.memory_mb).max().unwrap_or(defaults.memory_mb),
            cpu_seconds: members().filter_map(|l| l.attrs.cpu_seconds).max().unwrap_or(defaults.cpu_seconds),
            file_size_mb: members().filter_map(|l| l.attrs.file_size_mb).max().unwrap_or(defaults.file_size_mb),
        };
        let blocks = members().map(|l| JobBlock { source: l.source.clone(), filename: l.filename() }).collect();
        Job { blocks, limits, files: Vec::new() }
    }

    /// The wall-clock budget: the sum of the members' timeouts.
    pub fn timeout(&self, listings: &[Listing], config: &Config) -> Duration {
        self.members
            .iter()
            .map(|&i| listings[i].attrs.timeout.map(Duration::from_secs_f64).unwrap_or(config.default_timeout()))
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chapter(content: &str) -> ChapterInput {
        ChapterInput { source_path: "book/part/names.md".into(), number: Some("3".into()), content: content.into() }
    }

    fn collect(content: &str) -> (Vec<Listing>, Vec<MarkupError>) {
        collect_listings(&chapter(content), Path::new("."), &Config::default())
    }

    #[test]
    fn inline_listings_get_ids_labels_and_lines() {
        let (listings, errors) = collect("text\n\n```python\nprint(1)\n```\n\n```py caption=\"c\"\nprint(2)\n```\n");
        assert!(errors.is_empty());
        assert_eq!(listings[0].id, "names/1");
        assert_eq!(listings[1].id, "names/2");
        assert_eq!(listings[1].label, "Listing 3.2");
        assert_eq!(listings[1].line, 7);
        assert_eq!(listings[0].filename(), "<listing names/1>");
    }

    #[test]
    fn hidden_lines_run_but_are_not_shown() {
        let (listings, _) = collect("```python\nimport sys  # hide\nprint(sys)\n```\n");
        assert_eq!(listings[0].source, "import sys  # hide\nprint(sys)\n");
        assert_eq!(listings[0].display_code(None), "print(sys)\n");
        let (listings, _) = collect("```python\nif 1:\n    import sys  # hide\n    print(sys)\n```\n");
        assert_eq!(listings[0].display_code(Some("#~")), "if 1:\n    #~import sys\n    print(sys)\n");
    }

    #[test]
    fn hidden_rust_lines_get_mdbooks_hash_prefix() {
        let listing = Listing {
            source: "extern crate rustpython_vm; // hide\nfn main() {}\n".into(),
            attrs: Attrs { language: Language::Rust, ..Attrs::default() },
            ..collect("```python\n1\n```\n").0.remove(0)
        };
        assert_eq!(listing.display_code(Some("#~")), "# extern crate rustpython_vm;\nfn main() {}\n");
        assert_eq!(listing.fence_language(), "rust");
    }

    #[test]
    fn markup_errors_name_the_line() {
        let (_, errors) = collect("a\n\n```python colour=red\nx\n```\n\n```python file=missing/nothing.py\n```\n");
        assert_eq!(errors.len(), 2);
        assert_eq!(errors[0].line, 3);
        assert!(errors[0].message.contains("colour"));
        assert!(errors[1].message.contains("missing/nothing.py"), "{}", errors[1].message);
    }

    #[test]
    fn a_fence_broken_by_a_backtick_in_its_caption_is_reported() {
        let (_, errors) = collect("a\n\n```python caption=\"`is` works\"\nprint(1)\n```\n");
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].line, 3);
        // A tilde fence may carry backticks.
        let (listings, errors) = collect("~~~python caption=\"`ok`\"\nprint(2)\n~~~\n");
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(listings[0].attrs.caption.as_deref(), Some("`ok`"));
    }

    #[test]
    fn sessions_group_in_page_order_and_norun_is_skipped() {
        let (listings, _) = collect(
            "```python session=a\n1\n```\n```python\n2\n```\n```python session=a\n3\n```\n```python norun\n4\n```\n",
        );
        let units = units_of(&listings);
        let members: Vec<_> = units.iter().map(|u| u.members.clone()).collect();
        assert_eq!(members, vec![vec![0, 2], vec![1]]);
    }

    #[test]
    fn a_unit_takes_the_largest_limits_and_sums_timeouts() {
        let (listings, _) =
            collect("```python session=a timeout=2 memory-mb=100\n1\n```\n```python session=a timeout=3\n2\n```\n");
        let unit = &units_of(&listings)[0];
        let job = unit.job(&listings, &Config::default());
        assert_eq!(job.limits.memory_mb, 100);
        assert_eq!(job.blocks.len(), 2);
        assert_eq!(unit.timeout(&listings, &Config::default()), Duration::from_secs(5));
    }
}

//! Citing a listing from anywhere in the book: `[](listing:ID)` becomes a
//! link reading "Listing 3.2" that lands on that listing, on whichever page
//! it is. A link with text of its own keeps it. An unknown id is an error at
//! the citation's line.

use std::collections::HashMap;
use std::ops::Range;
use std::path::{Component, Path, PathBuf};

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::extract::markdown_options;
use crate::listing::{Listing, MarkupError};

/// What a citation's link destination starts with.
pub const SCHEME: &str = "listing:";

/// Where a listing is: its page (relative to the book's source folder), its
/// anchor on that page and its label.
#[derive(Debug, Clone)]
struct Target {
    page: PathBuf,
    anchor: String,
    label: String,
}

/// Every listing of the book, by id.
#[derive(Debug, Default)]
pub struct ListingIndex {
    by_id: HashMap<String, Target>,
}

impl ListingIndex {
    /// Add `listing`, which sits on `page` (relative to the book's source folder).
    pub fn add(&mut self, listing: &Listing, page: &Path) {
        let target = Target { page: page.to_path_buf(), anchor: listing.anchor(), label: listing.label.clone() };
        self.by_id.insert(listing.id.clone(), target);
    }

    /// A full id, or the name of a listing in the chapter `slug`.
    fn resolve(&self, id: &str, slug: &str) -> Option<&Target> {
        self.by_id.get(id).or_else(|| self.by_id.get(&format!("{slug}/{id}")))
    }
}

/// The edits that turn each citation in `content` into a link, and an error
/// for each citation of an unknown listing. `page` is the chapter's path
/// relative to the book's source folder; `chapter_path` names it in errors.
pub fn resolve_citations(
    content: &str,
    page: &Path,
    chapter_path: &Path,
    index: &ListingIndex,
) -> (Vec<(Range<usize>, String)>, Vec<MarkupError>) {
    let slug = page.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let (mut edits, mut errors) = (Vec::new(), Vec::new());
    // The citation being read: its id, span and whether it has text of its own.
    let mut open: Option<(String, Range<usize>, bool)> = None;
    for (event, range) in Parser::new_ext(content, markdown_options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Link { dest_url, .. }) => {
                if let Some(id) = dest_url.strip_prefix(SCHEME) {
                    open = Some((id.trim().to_string(), range, false));
                }
            }
            Event::End(TagEnd::Link) => {
                let Some((id, span, has_text)) = open.take() else { continue };
                let Some(target) = index.resolve(&id, &slug) else {
                    errors.push(MarkupError {
                        chapter_path: chapter_path.to_path_buf(),
                        line: content[..span.start].matches('\n').count() + 1,
                        message: format!("this citation names listing `{id}`, which no chapter has"),
                    });
                    continue;
                };
                let text = match has_text {
                    // Keep the author's own words, markup and all: `[the model](listing:x)`.
                    true => link_text(&content[span.clone()]).to_string(),
                    false => target.label.clone(),
                };
                let href = if target.page == page {
                    format!("#{}", target.anchor)
                } else {
                    format!("{}{}#{}", to_root(page), slashed(&target.page), target.anchor)
                };
                edits.push((span, format!("[{text}]({href})")));
            }
            Event::Text(text) | Event::Code(text) if !text.trim().is_empty() => {
                if let Some(open) = open.as_mut() {
                    open.2 = true;
                }
            }
            _ => {}
        }
    }
    (edits, errors)
}

/// The text between a link's brackets, from its markdown `[text](dest)`.
fn link_text(link: &str) -> &str {
    let inner = link.strip_prefix('[').unwrap_or(link);
    inner.rfind("](").map_or(inner, |end| &inner[..end])
}

/// From a page to the book's root: "", "../", "../../".
pub fn to_root(page: &Path) -> String {
    let depth =
        page.parent().map_or(0, |parent| parent.components().filter(|c| matches!(c, Component::Normal(_))).count());
    "../".repeat(depth)
}

/// A relative path with forward slashes, as a URL wants it.
pub fn slashed(path: &Path) -> String {
    path.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::listing::{collect_listings, ChapterInput};

    fn index() -> ListingIndex {
        let chapter = ChapterInput {
            source_path: "book/objects/names.md".into(),
            number: Some("3".into()),
            content: "```python\nprint(1)\n```\n\n```python id=names/aliasing\nprint(2)\n```\n".into(),
        };
        let (listings, _) = collect_listings(&chapter, Path::new("."), &Config::default());
        let mut index = ListingIndex::default();
        for listing in &listings {
            index.add(listing, Path::new("objects/names.md"));
        }
        index
    }

    fn apply(content: &str, page: &str) -> (String, Vec<MarkupError>) {
        let (edits, errors) = resolve_citations(content, Path::new(page), Path::new("book/x.md"), &index());
        (crate::extract::splice(content, &edits), errors)
    }

    #[test]
    fn a_citation_links_to_its_listing_with_its_label() {
        let (out, errors) = apply("See [](listing:names/aliasing), and [](listing:names/1).\n", "execution/code.md");
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(
            out,
            "See [Listing 3.2](../objects/names.md#listing-names-aliasing), and [Listing 3.1](../objects/names.md#listing-names-1).\n"
        );
    }

    #[test]
    fn on_its_own_page_a_citation_is_an_anchor_and_may_use_the_short_name() {
        let (out, _) = apply("As [](listing:aliasing) shows.\n", "objects/names.md");
        assert_eq!(out, "As [Listing 3.2](#listing-names-aliasing) shows.\n");
    }

    #[test]
    fn text_of_its_own_is_kept() {
        let (out, _) = apply("The [*model*](listing:names/aliasing).\n", "intro.md");
        assert_eq!(out, "The [*model*](objects/names.md#listing-names-aliasing).\n");
    }

    #[test]
    fn an_unknown_listing_is_an_error_at_its_line_and_code_is_left_alone() {
        let (out, errors) = apply("a\n\n`[](listing:nope)`\n\nb [](listing:nope)\n", "intro.md");
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].line, 5);
        assert!(errors[0].message.contains("`nope`"), "{}", errors[0].message);
        assert!(out.starts_with("a\n\n`[](listing:nope)`"));
    }
}

//! The HTML/markdown that replaces a listing's fenced block in the chapter.

use crate::cpython::CPython;
use crate::fence::Language;
use crate::listing::Listing;
use crate::pipeline::{CPythonResult, ListingRecord, Origin};
use crate::VM_LABEL;

/// Escape text for HTML element content and attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A fence long enough that no backtick run inside `code` can close it.
fn fence_for(code: &str) -> String {
    let longest = code.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    "`".repeat(longest.max(2) + 1)
}

/// One implementation's part under a listing.
#[derive(Debug, Clone, PartialEq)]
pub enum Shown {
    Output(ImplOutput),
    /// The implementation cannot run this listing, and why.
    CannotRun {
        id: String,
        label: String,
        reason: String,
    },
    /// No output from it: not here to run and never recorded.
    Unavailable {
        label: String,
        reason: String,
    },
}

/// What one implementation printed.
#[derive(Debug, Clone, PartialEq)]
pub struct ImplOutput {
    /// For `data-implementations`: `rustpython-0.5.0`, `cpython-3.13.0`.
    pub id: String,
    /// For readers: `RustPython 0.5.0 (Python 3.14)`, `CPython 3.13.0`.
    pub label: String,
    pub text: String,
    /// The exception it was expected to raise, and did.
    pub raised: Option<String>,
    /// Said next to the label: a stale recording, or an unkept promise.
    pub note: Option<String>,
}

/// The id of the VM's outputs in `data-implementations`.
pub const VM_ID: &str = "rustpython-0.5.0";

/// What goes under a listing, VM first, then each CPython in configured order.
pub fn shown_outputs(record: &ListingRecord, cpythons: &[CPython]) -> Vec<Shown> {
    let mut shown = Vec::new();
    if let Some(Ok(output)) = &record.vm {
        let label = match record.listing.attrs.language {
            Language::Python => VM_LABEL.to_string(),
            Language::Rust => format!("this program, embedding {VM_LABEL}"),
        };
        shown.push(Shown::Output(ImplOutput {
            id: VM_ID.into(),
            label,
            text: output.text.clone(),
            raised: output.raised.clone(),
            note: None,
        }));
    }
    for cpython in cpythons {
        match record.cpython.get(&cpython.key()) {
            Some(CPythonResult::Output(out)) => shown.push(Shown::Output(ImplOutput {
                id: format!("cpython-{}", out.version),
                label: cpython.label(&out.version),
                text: out.text.clone(),
                raised: out.raised.clone(),
                note: match (out.origin, &out.problem) {
                    (Origin::Stale, _) => Some("recorded for an earlier version of this listing".into()),
                    (_, Some(problem)) => Some(problem.clone()),
                    _ => None,
                },
            })),
            Some(CPythonResult::CannotRun { version, reason }) => shown.push(Shown::CannotRun {
                id: format!("cpython-{version}"),
                label: cpython.label(version),
                reason: reason.clone(),
            }),
            Some(CPythonResult::Unavailable { reason }) => {
                shown.push(Shown::Unavailable { label: cpython.label(&cpython.minor), reason: reason.clone() })
            }
            None => {}
        }
    }
    shown
}

/// What rendering a listing needs from its page and the built site, besides
/// the listing itself.
#[derive(Debug, Clone, Default)]
pub struct ListingContext {
    /// mdBook's `output.html.code.hidelines.python`, which marks hidden lines.
    pub python_hide_prefix: Option<String>,
    /// The listing file's URL in the built book, relative to the page.
    pub file_href: Option<String>,
    /// Whether the reader's browser can run it; `None` when the book has no browser runs.
    pub browser: Option<BrowserRun>,
}

/// Whether the reader's browser can run a listing (see theme/pyrun-run.js).
#[derive(Debug, Clone, PartialEq)]
pub enum BrowserRun {
    Runs {
        /// The assets folder's URL relative to the page, ending in `/`.
        assets: String,
        /// "CPython 3.14.2".
        label: String,
        /// The page ids of the session's earlier listings, which run first.
        after: Vec<String>,
    },
    CannotRun {
        reason: String,
    },
}

/// Render a listing: caption, code, and what each implementation printed.
///
/// The code stays a markdown fence so that mdBook highlights it as usual; the
/// outputs are HTML blocks, so markdown in them has no effect. Data for the
/// page's script (the complete source for copying and running) travels in
/// attributes, JSON-encoded so that no blank line can end the HTML block.
pub fn render_listing(listing: &Listing, shown: &[Shown], context: &ListingContext) -> String {
    let id = escape_html(&listing.id);
    let anchor = listing.anchor();
    let json = |value: &serde_json::Value| escape_html(&value.to_string());
    let mut html = format!("<figure class=\"listing\" id=\"{}\" data-listing-id=\"{id}\"", escape_html(&anchor));
    html.push_str(&format!(" data-source=\"{}\"", json(&serde_json::Value::from(listing.source.as_str()))));
    match &context.browser {
        Some(BrowserRun::Runs { assets, label, after }) => {
            let block = serde_json::json!({ "source": listing.source, "filename": listing.filename() });
            html.push_str(&format!(
                " data-run-block=\"{}\" data-run-assets=\"{}\" data-run-label=\"{}\"",
                json(&block),
                escape_html(assets),
                escape_html(label)
            ));
            if !after.is_empty() {
                html.push_str(&format!(" data-run-after=\"{}\"", escape_html(&after.join(" "))));
            }
        }
        Some(BrowserRun::CannotRun { reason }) => {
            html.push_str(&format!(" data-run-unavailable=\"{}\"", escape_html(reason)));
        }
        None => {}
    }
    html.push_str(">\n");
    html.push_str(&format!("<figcaption><a href=\"#{}\">{}</a>", escape_html(&anchor), escape_html(&listing.label)));
    if let Some(caption) = &listing.attrs.caption {
        html.push_str(&format!(" — {}", escape_html(caption)));
    }
    if let Some(file) = &listing.file {
        let name = escape_html(&file.display().to_string());
        match &context.file_href {
            Some(href) => html.push_str(&format!(
                " <a class=\"listing-file\" href=\"{}\" title=\"The listing's file\">{name}</a>",
                escape_html(href)
            )),
            None => html.push_str(&format!(" <span class=\"listing-file\">{name}</span>")),
        }
    }
    html.push_str("</figcaption>\n\n");
    let code = listing.display_code(context.python_hide_prefix.as_deref());
    let fence = fence_for(&code);
    html.push_str(&format!("{fence}{}\n{code}{fence}\n\n", listing.fence_language()));
    html.push_str(&render_outputs(&id, shown));
    html.push_str("</figure>");
    html
}

/// Outputs that are the same, byte for byte, share one block; the first
/// block is the reference against which the others' lines are marked.
fn render_outputs(id: &str, shown: &[Shown]) -> String {
    let mut groups: Vec<Vec<&ImplOutput>> = Vec::new();
    for output in shown.iter().filter_map(|s| match s {
        Shown::Output(output) => Some(output),
        _ => None,
    }) {
        let same = |o: &&ImplOutput| o.text == output.text && o.raised == output.raised && o.note == output.note;
        match groups.iter_mut().find(|g| same(&g[0])) {
            Some(group) => group.push(output),
            None => groups.push(vec![output]),
        }
    }
    let mut html = String::new();
    let several = shown.len() > 1;
    for (index, group) in groups.iter().enumerate() {
        let first = group[0];
        let ids: Vec<&str> = group.iter().map(|o| o.id.as_str()).collect();
        let mut label = format!("Output — {}", join_labels(group.iter().map(|o| o.label.as_str())));
        if group.len() > 1 && groups.len() == 1 {
            label.push_str(": the same on each");
        }
        if let Some(raised) = &first.raised {
            label.push_str(&format!(", raises {raised} as expected"));
        }
        if let Some(note) = &first.note {
            label.push_str(&format!(" ({note})"));
        }
        let class = if several && index > 0 { "listing-output listing-output-other" } else { "listing-output" };
        html.push_str(&format!(
            "<div class=\"{class}\" data-listing-id=\"{id}\" data-implementations=\"{}\">\n<div class=\"listing-output-label\">{}</div>\n",
            escape_html(&ids.join(" ")),
            escape_html(&label)
        ));
        if first.text.is_empty() {
            html.push_str("<p class=\"listing-output-empty\">(this listing printed nothing)</p>\n");
        } else {
            let reference = (index > 0).then(|| groups[0][0].text.as_str());
            // The blank line makes `<pre>` start its own HTML block, which (unlike
            // a `<div>` block) does not end at a blank line inside the output.
            html.push_str(&format!(
                "\n<pre class=\"listing-output-text\"><code>{}</code></pre>\n\n",
                marked_lines(&first.text, reference)
            ));
        }
        html.push_str("</div>\n");
    }
    for part in shown {
        match part {
            Shown::CannotRun { id: impl_id, label, reason } => html.push_str(&format!(
                "<p class=\"listing-cannot-run\" data-listing-id=\"{id}\" data-implementations=\"{}\">{} cannot run this listing: {}.</p>\n",
                escape_html(impl_id),
                escape_html(label),
                escape_html(reason)
            )),
            Shown::Unavailable { label, reason } => html.push_str(&format!(
                "<p class=\"listing-unavailable\" data-listing-id=\"{id}\">No output from {}: {}.</p>\n",
                escape_html(label),
                escape_html(reason)
            )),
            Shown::Output(_) => {}
        }
    }
    html
}

/// "RustPython 0.5.0 (Python 3.14) · CPython 3.12.1, 3.13.0": CPython versions share one name.
fn join_labels<'a>(labels: impl Iterator<Item = &'a str>) -> String {
    let mut parts: Vec<String> = Vec::new();
    for label in labels {
        match (label.strip_prefix("CPython "), parts.last_mut()) {
            (Some(version), Some(last)) if last.starts_with("CPython ") => {
                last.push_str(", ");
                last.push_str(version);
            }
            _ => parts.push(label.to_string()),
        }
    }
    parts.join(" · ")
}

/// Escape `text` for a `<pre>`, marking the lines that `reference` lacks.
fn marked_lines(text: &str, reference: Option<&str>) -> String {
    let Some(reference) = reference else { return escape_html(text) };
    let mut html = String::with_capacity(text.len() + 64);
    for change in similar::TextDiff::from_lines(reference, text).iter_all_changes() {
        match change.tag() {
            similar::ChangeTag::Delete => {}
            similar::ChangeTag::Equal => html.push_str(&escape_html(change.value())),
            similar::ChangeTag::Insert => {
                let line = change.value();
                let (body, newline) = line.strip_suffix('\n').map_or((line, ""), |b| (b, "\n"));
                html.push_str(&format!("<mark class=\"listing-output-changed\">{}</mark>{newline}", escape_html(body)));
            }
        }
    }
    html
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fence::Attrs;

    fn listing(source: &str) -> Listing {
        Listing {
            id: "names/aliasing".into(),
            label: "Listing 1.2".into(),
            chapter_path: "book/names.md".into(),
            line: 3,
            span: 0..0,
            attrs: Attrs { caption: Some("Two names & one list".into()), ..Attrs::default() },
            source: source.into(),
            file: Some("listings/names/aliasing.py".into()),
        }
    }

    fn shown(id: &str, label: &str, text: &str) -> Shown {
        Shown::Output(ImplOutput { id: id.into(), label: label.into(), text: text.into(), raised: None, note: None })
    }

    fn output(text: &str) -> Vec<Shown> {
        vec![shown(VM_ID, VM_LABEL, text)]
    }

    #[test]
    fn caption_code_and_output() {
        let html = render_listing(&listing("print(1)\n"), &output("1\n"), &ListingContext::default());
        assert!(html.contains("<a href=\"#listing-names-aliasing\">Listing 1.2</a> — Two names &amp; one list"));
        assert!(html.contains("```python\nprint(1)\n```"));
        assert!(html.contains("<div class=\"listing-output\" data-listing-id=\"names/aliasing\" data-implementations=\"rustpython-0.5.0\">"));
        assert!(html.contains("Output — RustPython"));
        assert!(html.contains("<pre class=\"listing-output-text\"><code>1\n</code></pre>"));
    }

    #[test]
    fn output_with_blank_lines_stays_one_html_block() {
        let html = render_listing(&listing(""), &output("a\n\n    b\n\n* c\n"), &ListingContext::default());
        let blocks: Vec<_> = crate::extract::fenced_blocks(&html).into_iter().map(|b| b.info).collect();
        assert_eq!(blocks, vec!["python"], "output must not turn into markdown blocks");
        let parsed = pulldown_cmark::Parser::new(&html)
            .filter(|e| matches!(e, pulldown_cmark::Event::Start(pulldown_cmark::Tag::Item)))
            .count();
        assert_eq!(parsed, 0, "a `* c` line in output must not become a list item");
    }

    #[test]
    fn output_is_escaped_so_html_and_markdown_are_inert() {
        let html =
            render_listing(&listing(""), &output("<script>x</script> **bold** </pre>\n"), &ListingContext::default());
        assert!(html.contains("&lt;script&gt;x&lt;/script&gt; **bold** &lt;/pre&gt;"));
        assert!(!html.contains("<script>"));
    }

    #[test]
    fn empty_output_says_so_and_norun_has_no_output() {
        assert!(render_listing(&listing(""), &output(""), &ListingContext::default()).contains("printed nothing"));
        assert!(!render_listing(&listing(""), &[], &ListingContext::default()).contains("listing-output"));
    }

    #[test]
    fn agreeing_outputs_share_one_block_and_differing_lines_are_marked() {
        let all = [
            shown(VM_ID, VM_LABEL, "a\nb\n"),
            shown("cpython-3.12.1", "CPython 3.12.1", "a\nb\n"),
            shown("cpython-3.13.0", "CPython 3.13.0", "a\nc\n"),
            Shown::CannotRun {
                id: "cpython-3.14.2".into(),
                label: "CPython 3.14.2".into(),
                reason: "no threads".into(),
            },
        ];
        let html = render_listing(&listing(""), &all, &ListingContext::default());
        assert!(html.contains("data-implementations=\"rustpython-0.5.0 cpython-3.12.1\">"), "{html}");
        assert!(html.contains("Output — RustPython 0.5.0 (Python 3.14) · CPython 3.12.1</div>"), "{html}");
        assert!(html.contains("<code>a\n<mark class=\"listing-output-changed\">c</mark>\n</code>"), "{html}");
        assert!(
            html.contains(
                "data-implementations=\"cpython-3.14.2\">CPython 3.14.2 cannot run this listing: no threads.</p>"
            ),
            "{html}"
        );
        let same = render_listing(&listing(""), &all[..2], &ListingContext::default());
        assert!(same.contains("CPython 3.12.1: the same on each</div>"), "{same}");
        assert_eq!(same.matches("class=\"listing-output\"").count(), 1);
    }

    #[test]
    fn code_with_backtick_fences_gets_a_longer_fence() {
        let html = render_listing(&listing("s = '''\n```\n'''\n"), &[], &ListingContext::default());
        assert!(html.contains("````python\n"));
    }
}

//! The HTML/markdown that replaces a listing's fenced block in the chapter.

use crate::fence::Language;
use crate::listing::Listing;
use crate::verdict::ListingOutput;
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
    let longest = code
        .split(|c| c != '`')
        .map(str::len)
        .max()
        .unwrap_or(0);
    "`".repeat(longest.max(2) + 1)
}

/// Render a listing: caption, code, and (for listings that ran) the output.
///
/// The code stays a markdown fence so that mdBook highlights it as usual; the
/// output is a `<pre>` HTML block, so markdown in it has no effect.
pub fn render_listing(listing: &Listing, output: Option<&ListingOutput>) -> String {
    let id = escape_html(&listing.id);
    let anchor = format!("listing-{}", listing.id.replace(['/', ' '], "-"));
    let mut html = format!("<figure class=\"listing\" id=\"{}\" data-listing-id=\"{id}\">\n", escape_html(&anchor));
    html.push_str(&format!("<figcaption><a href=\"#{}\">{}</a>", escape_html(&anchor), escape_html(&listing.label)));
    if let Some(caption) = &listing.attrs.caption {
        html.push_str(&format!(" — {}", escape_html(caption)));
    }
    if let Some(file) = &listing.file {
        html.push_str(&format!(" <span class=\"listing-file\">{}</span>", escape_html(&file.display().to_string())));
    }
    html.push_str("</figcaption>\n\n");
    let code = listing.display_code();
    let fence = fence_for(&code);
    html.push_str(&format!("{fence}{}\n{code}{fence}\n\n", listing.fence_language()));
    if let Some(output) = output {
        html.push_str(&render_output(&id, output, listing.attrs.language));
    }
    html.push_str("</figure>");
    html
}

fn render_output(id: &str, output: &ListingOutput, language: Language) -> String {
    let mut label = match language {
        Language::Python => format!("Output — {VM_LABEL}"),
        Language::Rust => format!("Output — this program, embedding {VM_LABEL}"),
    };
    if let Some(raised) = &output.raised {
        label.push_str(&format!(", raises {raised} as expected"));
    }
    let mut html = format!(
        "<div class=\"listing-output\" data-listing-id=\"{id}\">\n<div class=\"listing-output-label\">{}</div>\n",
        escape_html(&label)
    );
    if output.text.is_empty() {
        html.push_str("<p class=\"listing-output-empty\">(this listing printed nothing)</p>\n");
    } else {
        // The blank line makes `<pre>` start its own HTML block, which (unlike
        // a `<div>` block) does not end at a blank line inside the output.
        html.push_str(&format!("\n<pre class=\"listing-output-text\"><code>{}</code></pre>\n\n", escape_html(&output.text)));
    }
    html.push_str("</div>\n");
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

    fn output(text: &str) -> ListingOutput {
        ListingOutput { text: text.into(), raised: None, warnings: vec![] }
    }

    #[test]
    fn caption_code_and_output() {
        let html = render_listing(&listing("print(1)\n"), Some(&output("1\n")));
        assert!(html.contains("<a href=\"#listing-names-aliasing\">Listing 1.2</a> — Two names &amp; one list"));
        assert!(html.contains("```python\nprint(1)\n```"));
        assert!(html.contains("<div class=\"listing-output\" data-listing-id=\"names/aliasing\">"));
        assert!(html.contains("Output — RustPython"));
        assert!(html.contains("<pre class=\"listing-output-text\"><code>1\n</code></pre>"));
    }

    #[test]
    fn output_with_blank_lines_stays_one_html_block() {
        let html = render_listing(&listing(""), Some(&output("a\n\n    b\n\n* c\n")));
        let blocks: Vec<_> = crate::extract::fenced_blocks(&html).into_iter().map(|b| b.info).collect();
        assert_eq!(blocks, vec!["python"], "output must not turn into markdown blocks");
        let parsed = pulldown_cmark::Parser::new(&html).filter(|e| matches!(e, pulldown_cmark::Event::Start(pulldown_cmark::Tag::Item))).count();
        assert_eq!(parsed, 0, "a `* c` line in output must not become a list item");
    }

    #[test]
    fn output_is_escaped_so_html_and_markdown_are_inert() {
        let html = render_listing(&listing(""), Some(&output("<script>x</script> **bold** </pre>\n")));
        assert!(html.contains("&lt;script&gt;x&lt;/script&gt; **bold** &lt;/pre&gt;"));
        assert!(!html.contains("<script>"));
    }

    #[test]
    fn empty_output_says_so_and_norun_has_no_output() {
        assert!(render_listing(&listing(""), Some(&output(""))).contains("printed nothing"));
        assert!(!render_listing(&listing(""), None).contains("listing-output"));
    }

    #[test]
    fn code_with_backtick_fences_gets_a_longer_fence() {
        let html = render_listing(&listing("s = '''\n```\n'''\n"), None);
        assert!(html.contains("````python\n"));
    }
}

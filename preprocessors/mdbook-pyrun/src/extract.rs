//! Finding fenced code blocks in a chapter, with their byte spans, so that a
//! chapter can be rewritten by replacing exactly those spans.

use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

/// A fenced code block as it appears in the chapter's markdown.
#[derive(Debug, Clone, PartialEq)]
pub struct FencedBlock {
    /// Bytes of the whole block, fences included.
    pub span: Range<usize>,
    /// 1-based line of the opening fence.
    pub line: usize,
    pub info: String,
    pub body: String,
}

/// The markdown extensions mdBook's HTML renderer enables, so that we see the
/// same blocks it will.
pub fn markdown_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Every fenced code block of `markdown`, in order.
pub fn fenced_blocks(markdown: &str) -> Vec<FencedBlock> {
    let mut blocks = Vec::new();
    let mut current: Option<FencedBlock> = None;
    // Lines are counted incrementally: blocks arrive in document order.
    let (mut counted_to, mut line) = (0, 1);
    for (event, range) in Parser::new_ext(markdown, markdown_options()).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                line += markdown[counted_to..range.start].matches('\n').count();
                counted_to = range.start;
                current = Some(FencedBlock { span: range, line, info: info.to_string(), body: String::new() });
            }
            Event::Text(text) => {
                if let Some(block) = current.as_mut() {
                    block.body.push_str(&text);
                }
            }
            Event::End(TagEnd::CodeBlock) => {
                if let Some(mut block) = current.take() {
                    block.span.end = trim_trailing_newline(markdown, block.span.clone());
                    blocks.push(block);
                }
            }
            _ => {}
        }
    }
    blocks
}

/// pulldown-cmark's span of a fenced block may include the newline after the
/// closing fence; leave it in the chapter so spliced output keeps its spacing.
fn trim_trailing_newline(markdown: &str, span: Range<usize>) -> usize {
    let text = &markdown[span.clone()];
    span.start + text.trim_end_matches(['\n', '\r']).len()
}

/// Replace `spans` (sorted, non-overlapping) of `markdown` with `replacements`;
/// everything else is copied byte for byte.
pub fn splice(markdown: &str, edits: &[(Range<usize>, String)]) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut at = 0;
    for (span, replacement) in edits {
        out.push_str(&markdown[at..span.start]);
        out.push_str(replacement);
        at = span.end;
    }
    out.push_str(&markdown[at..]);
    out
}

/// What continues the container (list item, blockquote) that a block at
/// `at` sits in, for each of its lines after the first: `>` stays, anything
/// else before the block on its line (indentation, a list marker) becomes a
/// space, so a replacement stays inside the list item or quote.
pub fn continuation_prefix(markdown: &str, at: usize) -> String {
    let line_start = markdown[..at].rfind('\n').map_or(0, |i| i + 1);
    markdown[line_start..at].chars().map(|c| if c == '>' || c == '\t' { c } else { ' ' }).collect()
}

/// `text` with `prefix` before each of its lines after the first (only the
/// `>` of it on a blank line, which must stay blank).
pub fn continue_lines(text: &str, prefix: &str) -> String {
    if prefix.is_empty() {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for (index, line) in text.split('\n').enumerate() {
        if index > 0 {
            out.push('\n');
            out.push_str(if line.is_empty() { prefix.trim_end() } else { prefix });
        }
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHAPTER: &str =
        "# Title\n\nSome *text*.\n\n```python caption=\"x\"\nprint(1)\n```\n\n```rust\nfn main() {}\n```\n\nEnd.\n";

    #[test]
    fn finds_blocks_with_lines_spans_and_bodies() {
        let blocks = fenced_blocks(CHAPTER);
        assert_eq!(blocks.len(), 2);
        assert_eq!(blocks[0].line, 5);
        assert_eq!(blocks[0].info, "python caption=\"x\"");
        assert_eq!(blocks[0].body, "print(1)\n");
        assert_eq!(&CHAPTER[blocks[0].span.clone()], "```python caption=\"x\"\nprint(1)\n```");
        assert_eq!(blocks[1].line, 9);
    }

    #[test]
    fn a_block_in_a_list_item_or_quote_is_continued_there() {
        let md = "1. item\n\n   ```python\n   x\n   ```\n\n> - ```python\n>   y\n>   ```\n";
        let blocks = fenced_blocks(md);
        assert_eq!(continuation_prefix(md, blocks[0].span.start), "   ");
        assert_eq!(continuation_prefix(md, blocks[1].span.start), ">   ");
        assert_eq!(continue_lines("<a>\n\nb", ">   "), "<a>\n>\n>   b");
        assert_eq!(continue_lines("<a>\nb", ""), "<a>\nb");
    }

    #[test]
    fn splicing_leaves_everything_else_byte_for_byte() {
        let blocks = fenced_blocks(CHAPTER);
        let out = splice(CHAPTER, &[(blocks[0].span.clone(), "X".into())]);
        assert_eq!(out, "# Title\n\nSome *text*.\n\nX\n\n```rust\nfn main() {}\n```\n\nEnd.\n");
        assert_eq!(splice(CHAPTER, &[]), CHAPTER);
    }

    mod splicing {
        use proptest::prelude::*;

        use super::super::{fenced_blocks, splice};
        use crate::fence::parse_info;

        /// Pieces of markdown, listings among them, in the places chapters put them.
        fn piece() -> impl Strategy<Value = String> {
            let word = "[a-z]{1,8}";
            prop_oneof![
                word.prop_map(|w| format!("# {w}\n\n")),
                (word, word).prop_map(|(a, b)| format!("{a} *{b}* `{a}`\n\n")),
                word.prop_map(|w| format!("- item {w}\n- another\n\n")),
                word.prop_map(|w| format!("> quoted {w}\n\n")),
                word.prop_map(|w| format!("<div class=\"{w}\">\n\nhtml\n\n</div>\n\n")),
                word.prop_map(|w| format!("    indented code {w}\n\n")),
                word.prop_map(|w| format!("```rust\nfn {w}() {{}}\n```\n\n")),
                word.prop_map(|w| format!("```text\n    ```python inside text {w}\n```\n\n")),
                word.prop_map(|w| format!("```python\nprint('{w}')\n```\n\n")),
                word.prop_map(|w| format!("~~~py caption=\"`{w}`\"\nprint(1)\n~~~\n\n")),
                word.prop_map(|w| format!("````python\ns = '''\n```\n'''  # {w}\n````\n\n")),
                word.prop_map(|w| format!("- a list item with a listing:\n\n  ```python\n  print('{w}')\n  ```\n\n")),
            ]
        }

        proptest! {
            /// Any markdown comes out byte for byte identical except inside
            /// listing fences, and each listing's span is its whole fence.
            #[test]
            fn only_listing_fences_change(pieces in prop::collection::vec(piece(), 0..12)) {
                let markdown: String = pieces.concat();
                let listings: Vec<_> = fenced_blocks(&markdown)
                    .into_iter()
                    .filter(|b| matches!(parse_info(&b.info), Ok(Some(_))))
                    .collect();
                let marker = |i: usize| format!("\u{0}{i}\u{0}");
                let edits: Vec<_> = listings.iter().enumerate().map(|(i, b)| (b.span.clone(), marker(i))).collect();
                let out = splice(&markdown, &edits);
                // Outside the spans: identical.
                let (mut at, mut rest) = (0, out.as_str());
                for (i, block) in listings.iter().enumerate() {
                    let (before, after) = rest.split_once(&marker(i)).expect("every listing is replaced once");
                    prop_assert_eq!(before, &markdown[at..block.span.start]);
                    at = block.span.end;
                    rest = after;
                }
                prop_assert_eq!(rest, &markdown[at..]);
                // Inside: exactly a fence, from its opening to its closing line.
                for block in &listings {
                    let text = &markdown[block.span.clone()];
                    prop_assert!(text.starts_with("```") || text.starts_with("~~~"), "{:?}", text);
                    prop_assert!(text.ends_with("```") || text.ends_with("~~~"), "{:?}", text);
                }
                let python_pieces = pieces.iter().filter(|p| p.contains("```python\n") || p.contains("~~~py ")).count();
                prop_assert_eq!(listings.len(), python_pieces);
            }
        }
    }

    #[test]
    fn tilde_fences_and_blocks_at_end_of_file() {
        let text = "~~~python\nprint(2)\n~~~";
        let blocks = fenced_blocks(text);
        assert_eq!(blocks[0].span, 0..text.len());
        assert_eq!(blocks[0].body, "print(2)\n");
    }
}

//! The mdBook preprocessor protocol, spoken by the real binary.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use mdbook_preprocessor::book::{Book, BookItem, Chapter};
use mdbook_preprocessor::config::Config;
use mdbook_preprocessor::PreprocessorContext;

const BIN: &str = env!("CARGO_BIN_EXE_mdbook-pyrun");

fn supports(renderer: &str) -> bool {
    Command::new(BIN).args(["supports", renderer]).status().unwrap().success()
}

#[test]
fn supports_html_and_test_only() {
    assert!(supports("html"));
    assert!(supports("test"));
    assert!(!supports("latex"));
}

fn chapter(name: &str, file: &str, content: &str) -> Chapter {
    Chapter::new(name, content.to_string(), file, vec![])
}

/// Send `[context, book]` on stdin, as mdBook does; return the book written on stdout.
fn preprocess(root: &Path, config: &str, book: &Book) -> (bool, Option<Book>, String) {
    let config: Config = config.parse().unwrap();
    let ctx = PreprocessorContext::new(root.to_path_buf(), config, "html".to_string());
    let input = serde_json::to_vec(&(ctx, book)).unwrap();
    let mut child = Command::new(BIN)
        .current_dir(root)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&input).unwrap();
    let output = child.wait_with_output().unwrap();
    let book = serde_json::from_slice(&output.stdout).ok();
    (output.status.success(), book, String::from_utf8_lossy(&output.stderr).into_owned())
}

fn contents(book: &Book) -> Vec<String> {
    book.iter()
        .filter_map(|item| match item {
            BookItem::Chapter(c) => Some(c.content.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn json_round_trip_runs_listings_and_leaves_other_chapters_alone() {
    let root = tempfile::tempdir().unwrap();
    let plain = "# Plain\n\nNo listings here, but `code`, <b>html</b> and\n\n```rust\nfn main() {}\n```\n";
    let mut book = Book::new();
    book.push_item(chapter("Runs", "runs.md", "# Runs\n\n```python caption=\"adds\"\nprint(1 + 1)\n```\n\nAfter.\n"));
    book.push_item(chapter("Plain", "plain.md", plain));
    let (ok, book, stderr) = preprocess(root.path(), "[book]\ntitle = \"t\"\n", &book);
    assert!(ok, "{stderr}");
    let contents = contents(&book.expect("a book on stdout"));
    assert!(
        contents[0].contains("<figcaption><a href=\"#listing-runs-1\">Listing 1</a> — adds</figcaption>"),
        "{}",
        contents[0]
    );
    assert!(contents[0].contains("<code>2\n</code>"), "{}", contents[0]);
    assert!(contents[0].starts_with("# Runs\n\n<figure") && contents[0].ends_with("</figure>\n\nAfter.\n"));
    assert_eq!(contents[1], plain, "a chapter without listings must come out byte for byte unchanged");
}

#[test]
fn unknown_config_keys_fail_with_their_name() {
    let root = tempfile::tempdir().unwrap();
    let (ok, _, stderr) = preprocess(root.path(), "[preprocessor.pyrun]\ntimout = 3\n", &Book::new());
    assert!(!ok);
    assert!(stderr.contains("timout"), "{stderr}");
}

//! Generates skeptic tests from the book's Rust code blocks.
//!
//! The book's markdown cannot be handed to skeptic as it is: a Rust listing's
//! fence is empty (its code lives in a file under `listings/`), and its info
//! string carries our attributes. So for every chapter this writes a copy
//! holding only its Rust blocks, with listing files read in, each under a
//! heading naming its line in the chapter: skeptic puts the heading in the
//! test's name, so `native_embedding_sect_chapter_line_42_...` is the block
//! at line 42 of `book/native/embedding.md`.

use std::path::{Path, PathBuf};

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("skeptic-book");
    std::fs::create_dir_all(&out).unwrap();
    println!("cargo:rerun-if-changed=book");
    println!("cargo:rerun-if-changed=listings");
    let mut generated = Vec::new();
    for chapter in markdown_files(&root.join("book")) {
        let markdown = std::fs::read_to_string(&chapter).unwrap();
        let rust_only = rust_blocks(&markdown, &root.join("listings"));
        let relative = chapter.strip_prefix(root.join("book")).unwrap();
        let name = relative.to_string_lossy().replace(['/', '\\'], "_");
        let target = out.join(name);
        std::fs::write(&target, rust_only).unwrap();
        generated.push(target);
    }
    generated.sort();
    skeptic::generate_doc_tests(&generated);
}

fn markdown_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(markdown_files(&path));
        } else if path.extension().is_some_and(|e| e == "md") && path.file_name().is_some_and(|n| n != "SUMMARY.md") {
            files.push(path);
        }
    }
    files
}

/// The Rust blocks of `markdown`, each under a heading with its line.
fn rust_blocks(markdown: &str, listings: &Path) -> String {
    let mut out = String::new();
    let mut current: Option<(usize, String, String)> = None;
    for (event, range) in Parser::new_ext(markdown, Options::all()).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                let start_line = markdown[..range.start].matches('\n').count() + 1;
                current = Some((start_line, info.to_string(), String::new()));
            }
            Event::Text(text) => {
                if let Some((_, _, body)) = current.as_mut() {
                    body.push_str(&text);
                }
            }
            Event::End(TagEnd::CodeBlock) => {
                let Some((start_line, info, body)) = current.take() else { continue };
                let Some((info, code)) = rust_code(&info, &body, listings) else { continue };
                out.push_str(&format!("## Chapter line {start_line}\n\n```{info}\n{code}```\n\n"));
            }
            _ => {}
        }
    }
    out
}

/// The info string and code skeptic should see for a block, if it is Rust.
fn rust_code(info: &str, body: &str, listings: &Path) -> Option<(String, String)> {
    let mut words = info.split_whitespace();
    let language = words.next()?;
    if language.split(',').next() != Some("rust") {
        return None;
    }
    match words.find_map(|w| w.strip_prefix("file=")) {
        // A listing: its file, with `// hide` lines kept (they are compiled).
        Some(file) => {
            let code = std::fs::read_to_string(listings.join(file.trim_matches('"'))).ok()?;
            Some(("rust".to_string(), code))
        }
        None => Some((language.to_string(), body.to_string())),
    }
}

//! The book itself: every listing against its recorded output, and a whole
//! build with real mdBook (which runs the preprocessor through `cargo run`).

mod common;

use std::process::Command;

use common::{pyrun_bin, repo_root};

#[test]
fn every_listing_matches_its_recorded_output() {
    let _book = common::whole_book_lock();
    let output = Command::new(pyrun_bin()).arg("check").arg("--root").arg(repo_root()).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "listings drifted or failed:\n{stderr}");
    assert!(stderr.contains("every listing matches its recorded output"), "{stderr}");
}

#[test]
fn the_whole_book_builds_with_real_outputs_and_diagrams() {
    let _book = common::whole_book_lock();
    let out = tempfile::tempdir().unwrap();
    common::build_book(out.path());
    let chapter = std::fs::read_to_string(out.path().join("objects/names-and-references.html")).unwrap();
    assert!(chapter.contains("class=\"listing-output\""), "no listing output in chapter 1");
    assert!(chapter.contains("Output — RustPython 0.5.0"));
    assert!(chapter.contains("class=\"mermaid\""), "no mermaid diagram in chapter 1");
    // Every listing shows CPython's output too, labelled for tools.
    assert!(
        chapter.contains("data-implementations=\"rustpython-0.5.0 cpython-3.12."),
        "no CPython output in chapter 1"
    );

    // The generated appendix: counts, and every divergence linked to its listing.
    let appendix = std::fs::read_to_string(out.path().join("appendix/implementations.html")).unwrap();
    assert!(!appendix.contains("pyrun: implementations appendix"), "the appendix marker was not replaced");
    let declared = appendix.split("What changed in CPython").next().unwrap();
    let rows = declared.matches("<tr><td><a href=\"../").count();
    assert!(rows >= 50, "only {rows} divergences listed");
    assert!(
        declared.contains("href=\"../objects/reference-counting.html#listing-reference-counting-immortal\""),
        "{declared}"
    );
    assert!(appendix.contains("<td>CPython 3.14.2 (Pyodide, wasm32)</td>"), "no counts row for CPython 3.14");

    // Every caption's link to a listing file reaches that file, and the
    // published folder holds nothing else (no recordings).
    let listings = out.path().join("listings");
    let mut linked = std::collections::BTreeSet::new();
    for line in chapter.split("href=\"../listings/").skip(1) {
        let file = line.split('"').next().unwrap();
        assert!(listings.join(file).is_file(), "a caption links to listings/{file}, which the book lacks");
        linked.insert(file.to_string());
    }
    assert!(!linked.is_empty(), "no caption links to a listing file in chapter 1");
    let published: Vec<_> = walkdir::WalkDir::new(&listings)
        .into_iter()
        .map(Result::unwrap)
        .filter(|entry| entry.file_type().is_file())
        .map(|entry| entry.into_path())
        .collect();
    let listing_file = |f: &std::path::PathBuf| f.extension().is_some_and(|e| e == "py" || e == "rs");
    assert!(published.iter().all(listing_file), "files other than listings are published: {published:?}");
}

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
}

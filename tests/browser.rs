//! The rendered site in a real headless browser (Debian's Chromium): every
//! chapter shows its listings' outputs, every mermaid diagram renders to SVG,
//! and no page logs a script error.

mod common;

use std::path::Path;
use std::process::Command;

fn chromium() -> String {
    ["chromium", "chromium-browser"]
        .into_iter()
        .find(|name| Command::new(name).arg("--version").output().is_ok_and(|o| o.status.success()))
        .expect("Chromium is needed for this test: `apt-get install chromium` (cargo xtask test installs it)")
        .to_string()
}

/// The page's DOM after its scripts ran, and what it logged to the console.
fn render(browser: &str, page: &Path, profile: &Path) -> (String, Vec<String>) {
    let output = Command::new(browser)
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        .args(["--disable-component-update", "--disable-sync", "--no-first-run", "--enable-logging=stderr", "--v=0"])
        .args(["--virtual-time-budget=10000", "--dump-dom"])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    assert!(output.status.success(), "chromium failed on {}", page.display());
    let console = String::from_utf8_lossy(&output.stderr)
        .lines()
        .filter(|line| line.contains(":CONSOLE"))
        .map(String::from)
        .collect();
    (String::from_utf8_lossy(&output.stdout).into_owned(), console)
}

#[test]
fn every_chapter_renders_outputs_and_diagrams_without_script_errors() {
    let browser = chromium();
    let site = tempfile::tempdir().unwrap();
    {
        let _book = common::whole_book_lock();
        common::build_book(site.path());
    }
    let profile = tempfile::tempdir().unwrap();
    let mut problems = Vec::new();
    let mut diagrams = 0;
    for chapter in common::chapter_paths() {
        let page = site.path().join(Path::new(&chapter).with_extension("html"));
        let (dom, console) = render(&browser, &page, profile.path());
        problems.extend(console.iter().map(|line| format!("{chapter}: console: {line}")));
        if !dom.contains("class=\"listing-output\"") {
            problems.push(format!("{chapter}: no listing output on the page"));
        }
        for diagram in dom.split("<pre class=\"mermaid\"").skip(1) {
            diagrams += 1;
            let body = diagram.split("</pre>").next().unwrap_or("");
            if !body.contains("<svg") || body.contains("Syntax error") {
                problems.push(format!("{chapter}: a mermaid diagram did not render"));
            }
        }
    }
    assert!(diagrams >= 20, "only {diagrams} diagrams found");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Run (plain, session, hidden lines), Stop, Edit and Reset, Copy, file links,
/// line numbers and citations, in Chromium driven by playwright-core; no
/// request outside the book's origin and no console error
/// (tests/browser/run-listings.mjs).
#[test]
fn listings_run_edit_and_copy_in_the_browser() {
    let name = chromium();
    let browser = std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())
        .map(|dir| dir.join(&name))
        .find(|path| path.is_file())
        .expect("Chromium's path");
    let site = tempfile::tempdir().unwrap();
    {
        let _book = common::whole_book_lock();
        common::build_book(site.path());
    }
    let output = Command::new("node")
        .arg(common::repo_root().join("tests/browser/run-listings.mjs"))
        .arg(site.path())
        .env("CHROMIUM", browser)
        .output()
        .expect("Node is needed for this test (cargo xtask test installs playwright-core with npm)");
    let said = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success(), "{said}");
    assert!(said.contains("ok   a session listing was found and run"), "{said}");
}

//! Listings that try to escape their sandbox. Each `tests/sandbox/*.py`
//! carries its expectations as `# expect:` lines, as Crafting Interpreters'
//! tests do; it runs on the VM, and on native CPython 3.13 where present,
//! beside good listings that must still pass.
//!
//! The network rule is tested only against a server this test starts on the
//! host's loopback, which the listing must not reach.

use std::net::TcpListener;
use std::path::{Path, PathBuf};

use mdbook_pyrun::config::Config;
use mdbook_pyrun::cpython::CPythonConfig;
use mdbook_pyrun::listing::ChapterInput;
use mdbook_pyrun::pipeline::{run_book, BookRun, CPythonResult, Mode};

const BIN: &str = env!("CARGO_BIN_EXE_mdbook-pyrun");

fn cases() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sandbox")
}

/// A book tree with a secret in it, a scratch folder outside every listing's
/// folder, and a server on the host's loopback.
struct Outside {
    book: tempfile::TempDir,
    scratch: tempfile::TempDir,
    server: TcpListener,
}

impl Outside {
    fn new() -> Outside {
        let book = tempfile::tempdir().unwrap();
        std::fs::write(book.path().join("secret.txt"), "the secret").unwrap();
        Outside { book, scratch: tempfile::tempdir().unwrap(), server: TcpListener::bind("127.0.0.1:0").unwrap() }
    }

    /// The listing's source, with the places it attacks filled in.
    fn listing(&self, name: &str) -> String {
        let helper = std::fs::read_to_string(cases().join("_attempt.py")).unwrap();
        let source = std::fs::read_to_string(cases().join(name)).unwrap();
        let user = std::env::var("USER").unwrap_or_else(|_| "root".into());
        format!("{helper}\n{source}")
            .replace("{BOOK}", &self.book.path().display().to_string())
            .replace("{SCRATCH}", &self.scratch.path().display().to_string())
            .replace("{PORT}", &self.server.local_addr().unwrap().port().to_string())
            .replace("{USER}", &user)
    }
}

fn expectations(name: &str) -> String {
    let source = std::fs::read_to_string(cases().join(name)).unwrap();
    source.lines().filter_map(|l| l.strip_prefix("# expect: ")).map(|l| format!("{l}\n")).collect()
}

const CASES: [&str; 4] = ["writes.py", "reads.py", "network.py", "processes.py"];

/// A chapter: a good listing, every escape attempt, and a good listing again.
fn chapter(outside: &Outside) -> ChapterInput {
    let mut content = String::from("# Sandbox\n\n```python\nprint('before')\n```\n\n");
    for case in CASES {
        content.push_str(&format!("~~~python id=sandbox/{case}\n{}\n~~~\n\n", outside.listing(case)));
    }
    content.push_str("```python\nprint('after')\n```\n");
    ChapterInput { source_path: "book/sandbox.md".into(), number: None, content }
}

fn python313_here() -> bool {
    which::which("python3.13")
        .ok()
        .and_then(|p| std::process::Command::new(p).arg("-c").arg("pass").status().ok())
        .is_some_and(|s| s.success())
}

fn run(outside: &Outside, native: bool) -> BookRun {
    let root = tempfile::tempdir().unwrap();
    let mut config = Config::default();
    config.force = true;
    if native {
        config.cpython = Some(CPythonConfig { native: vec!["3.13".into()], ..CPythonConfig::default() });
    }
    run_book(&[chapter(outside)], root.path(), &config, Path::new(BIN), Mode::Build).unwrap()
}

#[test]
fn every_escape_is_blocked_on_the_vm_and_the_good_listings_pass() {
    let outside = Outside::new();
    let run = run(&outside, false);
    let records = &run.chapters[0].records;
    for (record, case) in records[1..=CASES.len()].iter().zip(CASES) {
        let output =
            record.vm.clone().unwrap().unwrap_or_else(|f| panic!("{case} failed: {} / {}", f.actual, f.output));
        assert_eq!(output.text, expectations(case), "{case} on the VM");
    }
    assert_eq!(records[0].vm.clone().unwrap().unwrap().text, "before\n");
    assert_eq!(records[CASES.len() + 1].vm.clone().unwrap().unwrap().text, "after\n");
    assert!(!outside.book.path().join("pwned.md").exists() && !outside.scratch.path().join("escaped.txt").exists());
}

#[test]
fn every_escape_is_blocked_on_native_cpython() {
    if !python313_here() {
        if std::env::var_os("PYRUN_REQUIRE_CPYTHON").is_some_and(|v| v != "0") {
            panic!("PYRUN_REQUIRE_CPYTHON is set, but python3.13 is not on PATH");
        }
        eprintln!("skipped: python3.13 is not on PATH");
        return;
    }
    let outside = Outside::new();
    let run = run(&outside, true);
    let records = &run.chapters[0].records;
    for (record, case) in records[1..=CASES.len()].iter().zip(CASES) {
        match &record.cpython["cpython-3.13"] {
            CPythonResult::Output(output) => assert_eq!(output.text, expectations(case), "{case} on CPython 3.13"),
            other => panic!("{case}: {other:?}"),
        }
    }
    assert!(!outside.book.path().join("pwned.md").exists() && !outside.scratch.path().join("escaped.txt").exists());
}

#[test]
fn a_listing_that_kills_its_parent_fails_alone() {
    let root = tempfile::tempdir().unwrap();
    let content = "```python\nprint('one')\n```\n\n```python expect-error=PermissionError\nimport os, signal\nos.kill(os.getppid(), signal.SIGKILL)\n```\n\n```python\nprint('three')\n```\n";
    let chapter = ChapterInput { source_path: "book/k.md".into(), number: None, content: content.into() };
    let mut config = Config::default();
    config.force = true;
    let run = run_book(&[chapter], root.path(), &config, Path::new(BIN), Mode::Build).unwrap();
    let texts: Vec<String> = run.chapters[0].records.iter().map(|r| r.vm.clone().unwrap().unwrap().text).collect();
    assert_eq!(texts[0], "one\n");
    assert!(texts[1].ends_with("PermissionError: [Errno 1] Operation not permitted\n"), "{}", texts[1]);
    assert_eq!(texts[2], "three\n");
}

#[test]
fn the_sandbox_is_complete_when_run_as_root() {
    if !nix::unistd::geteuid().is_root() {
        eprintln!("skipped: not root, so namespaces depend on unprivileged user namespaces");
        return;
    }
    let gaps = mdbook_pyrun::sandbox::probe(Path::new(BIN));
    assert!(gaps.0.is_empty(), "as root, the sandbox must be complete: {:?}", gaps.0);
}

//! Listings on CPython beside the VM: native CPython 3.13 as a subprocess,
//! CPython 3.14 on Pyodide, recordings, and divergence accounting.
//!
//! They need `python3.13` on PATH and Pyodide in the workspace's
//! `node_modules` (`cargo xtask test` installs it). Where either is missing,
//! each test says so and passes, unless `PYRUN_REQUIRE_CPYTHON=1` (as in CI).

use std::path::{Path, PathBuf};

use mdbook_pyrun::config::Config;
use mdbook_pyrun::cpython::CPythonConfig;
use mdbook_pyrun::listing::ChapterInput;
use mdbook_pyrun::pipeline::{run_book, BookRun, CPythonResult, Mode, Origin};

const BIN: &str = env!("CARGO_BIN_EXE_mdbook-pyrun");

fn pyodide_dist() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../node_modules/pyodide")
}

/// Whether the interpreters these tests need are here; if not, and CI does not require them, skip.
fn interpreters_here() -> bool {
    let native = which::which("python3.13")
        .ok()
        .and_then(|p| std::process::Command::new(p).arg("-c").arg("pass").status().ok())
        .is_some_and(|s| s.success());
    let pyodide = pyodide_dist().join("pyodide-lock.json").exists();
    if native && pyodide {
        return true;
    }
    let why = format!("python3.13 on PATH: {native}; Pyodide in node_modules: {pyodide}");
    if std::env::var_os("PYRUN_REQUIRE_CPYTHON").is_some_and(|v| v != "0") {
        panic!("PYRUN_REQUIRE_CPYTHON is set, but an interpreter is missing ({why})");
    }
    eprintln!("skipped: an interpreter is missing ({why})");
    false
}

fn config(native: &[&str]) -> Config {
    let mut config = Config::default();
    config.timeout = 20.0;
    config.cpython = Some(CPythonConfig {
        native: native.iter().map(|s| s.to_string()).collect(),
        pyodide: Some(pyodide_dist()),
        reference: vec!["3.14".into(), "3.13".into()],
        ..CPythonConfig::default()
    });
    config
}

fn run(root: &Path, content: &str, config: &Config, mode: Mode) -> BookRun {
    let chapter =
        ChapterInput { source_path: "book/impl.md".into(), number: Some("1".into()), content: content.into() };
    run_book(&[chapter], root, config, Path::new(BIN), mode).unwrap()
}

fn output<'a>(run: &'a BookRun, listing: usize, key: &str) -> &'a CPythonResult {
    &run.chapters[0].records[listing].cpython[key]
}

fn text(result: &CPythonResult) -> &str {
    match result {
        CPythonResult::Output(output) => &output.text,
        other => panic!("no output: {other:?}"),
    }
}

fn errors(run: &BookRun) -> Vec<String> {
    run.accounting.errors.iter().map(|e| format!("{}:{} {}", e.chapter_path.display(), e.line, e.message)).collect()
}

#[test]
fn an_undeclared_divergence_fails_with_place_and_diff() {
    if !interpreters_here() {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let run = run(
        root.path(),
        "# I\n\n```python\nimport sys\nprint(sys.implementation.name)\n```\n",
        &config(&["3.13"]),
        Mode::Build,
    );
    assert_eq!(text(output(&run, 0, "cpython-3.13")), "cpython\n");
    assert_eq!(text(output(&run, 0, "cpython-3.14")), "cpython\n");
    let errors = errors(&run);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with("book/impl.md:3 listing `impl/1`: its output on the VM differs from CPython 3.14."),
        "{}",
        errors[0]
    );
    assert!(errors[0].contains("-rustpython\n+cpython"), "{}", errors[0]);
}

#[test]
fn a_declared_divergence_is_listed_and_a_stale_declaration_fails() {
    if !interpreters_here() {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let content =
        "# I\n\n```python differs=\"the VM names itself\"\nimport sys\nprint(sys.implementation.name)\n```\n\n\
                   ```python differs=\"nothing any more\"\nprint(1)\n```\n";
    let run = run(root.path(), content, &config(&["3.13"]), Mode::Build);
    let errors = errors(&run);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with("book/impl.md:8 listing `impl/2` declares differs=\"nothing any more\", but"),
        "{}",
        errors[0]
    );
    assert_eq!(run.accounting.divergent.len(), 1);
    assert!(run.accounting.divergent[0].note.starts_with("the VM names itself (against CPython 3.14."));
    assert_eq!(run.accounting.divergent[0].changed, "- rustpython\n+ cpython");
}

#[test]
fn cpython_only_runs_on_cpython_alone() {
    if !interpreters_here() {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let content = "# I\n\n```python cpython-only\nimport tracemalloc\ntracemalloc.start()\nprint(tracemalloc.is_tracing())\n```\n";
    let run = run(root.path(), content, &config(&["3.13"]), Mode::Build);
    assert!(run.chapters[0].records[0].vm.is_none(), "the VM must not run it");
    assert_eq!(text(output(&run, 0, "cpython-3.13")), "True\n");
    assert_eq!(text(output(&run, 0, "cpython-3.14")), "True\n");
    assert!(errors(&run).is_empty());
}

#[test]
fn a_threads_listing_cannot_run_on_wasm_and_runs_on_native() {
    if !interpreters_here() {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let content = "# I\n\n```python needs=threads\nimport threading\nt = threading.Thread(target=print, args=('in a thread',))\nt.start(); t.join()\n```\n";
    let run = run(root.path(), content, &config(&["3.13"]), Mode::Build);
    assert_eq!(text(output(&run, 0, "cpython-3.13")), "in a thread\n");
    match output(&run, 0, "cpython-3.14") {
        CPythonResult::CannotRun { reason, .. } => assert!(reason.contains("threads"), "{reason}"),
        other => panic!("{other:?}"),
    }
    assert_eq!(run.accounting.cannot_run.len(), 1);
    assert!(errors(&run).is_empty(), "{:?}", errors(&run));
}

#[test]
fn no_state_leaks_between_two_pyodide_listings() {
    if !interpreters_here() {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let content = "# I\n\n```python\nimport json, sys\njson.leak = 1\nleak = 2\nopen('leak.txt', 'w').write('x')\nsys.setrecursionlimit(123)\nprint('set')\n```\n\n\
                   ```python\nimport json, os, sys\nprint(hasattr(json, 'leak'), 'leak' in globals(), os.path.exists('leak.txt'), sys.getrecursionlimit() == 123)\n```\n";
    let run = run(root.path(), content, &config(&[]), Mode::Build);
    assert_eq!(text(output(&run, 1, "cpython-3.14")), "False False False False\n");
}

#[test]
fn recordings_serve_a_build_without_the_interpreter_and_drift_is_reported() {
    if !interpreters_here() {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    std::fs::write(root.path().join("book.toml"), "[book]\ntitle = \"t\"\nsrc = \"book\"\n").unwrap();
    std::fs::create_dir_all(root.path().join("book")).unwrap();
    let content = "# I\n\n```python\nprint(40 + 2)\n```\n";
    let here = config(&["3.13"]);

    // Record, as bless does.
    let first = run(root.path(), content, &here, Mode::Everything);
    let recordings = mdbook_pyrun::commands::cpython_recordings(&first.chapters[0], &first);
    mdbook_pyrun::recordings::write(root.path(), &first.chapters[0].recordings_path, &recordings).unwrap();

    // Without CPython 3.13 (a path that does not exist), the recording is shown, with a warning.
    let mut missing = here.clone();
    missing.cpython.as_mut().unwrap().paths.insert("3.13".into(), "/nonexistent/python3.13".into());
    let later = run(root.path(), content, &missing, Mode::Build);
    match output(&later, 0, "cpython-3.13") {
        CPythonResult::Output(output) => assert_eq!((output.text.as_str(), output.origin), ("42\n", Origin::Recorded)),
        other => panic!("{other:?}"),
    }
    assert!(later.warnings.iter().any(|w| w.contains("CPython 3.13 is not available")), "{:?}", later.warnings);

    // A listing edited while CPython 3.13 is missing: its recording is stale, and shown as such.
    let edited = run(root.path(), "# I\n\n```python\nprint(40 + 3)\n```\n", &missing, Mode::Build);
    match output(&edited, 0, "cpython-3.13") {
        CPythonResult::Output(output) => assert_eq!(output.origin, Origin::Stale),
        other => panic!("{other:?}"),
    }
    assert!(edited.warnings.iter().any(|w| w.contains("earlier version of the listing")), "{:?}", edited.warnings);

    // A recording that no longer matches what CPython prints: `check` reports a diff.
    let path = root.path().join(&first.chapters[0].recordings_path);
    let tampered = std::fs::read_to_string(&path).unwrap().replace("42", "41");
    std::fs::write(&path, tampered).unwrap();
    let checked = run(root.path(), content, &here, Mode::Everything);
    let drifts = mdbook_pyrun::preprocess::drifts(root.path(), &checked);
    assert_eq!(drifts.len(), 2, "3.13 and 3.14 both drifted: {drifts:?}");
    assert!(drifts[0].contains("drifted from the recording") && drifts[0].contains("-41\n+42"), "{}", drifts[0]);
}

#[test]
fn a_pyodide_pool_leaves_nothing_behind() {
    if !interpreters_here() {
        return;
    }
    use mdbook_pyrun::protocol::{Job, JobBlock, Limits};
    let cache = tempfile::tempdir().unwrap();
    let pool = mdbook_pyrun::runner::PyodidePool::new(Path::new("node"), &pyodide_dist(), cache.path()).unwrap();
    let limits = Limits { memory_mb: 256, cpu_seconds: 10, file_size_mb: 1 };
    let job = |source: &str| Job {
        blocks: vec![JobBlock { source: source.into(), filename: "x.py".into() }],
        limits,
        files: Vec::new(),
    };
    let timeout = std::time::Duration::from_secs(20);
    let run = pool.run(&job("print('hi')"), timeout, 1024).unwrap();
    assert_eq!(String::from_utf8_lossy(&run.output), "hi\n");
    // A hang: its engine is killed, and the host goes on.
    let hang = pool.run(&job("while True: pass"), std::time::Duration::from_secs(1), 1024).unwrap();
    assert!(matches!(hang.end, mdbook_pyrun::runner::ProcessEnd::TimedOut { .. }), "{:?}", hang.end);
    let scratch = pool.scratch_dir().to_path_buf();
    let hosts = std::fs::read_dir(&scratch).unwrap().filter_map(Result::ok).filter(|e| e.path().is_dir()).count();
    assert_eq!(hosts, 1, "one host, with its scratch folder (snapshot, outputs) in the pool's folder");
    drop(pool);
    assert!(!scratch.exists(), "the pool's folder is removed, with every host's files");
    // The snapshot stays in the cache for the next build.
    let kept: Vec<_> = std::fs::read_dir(cache.path()).unwrap().filter_map(Result::ok).map(|e| e.file_name()).collect();
    assert_eq!(kept.len(), 2, "the snapshot and its description: {kept:?}");
}

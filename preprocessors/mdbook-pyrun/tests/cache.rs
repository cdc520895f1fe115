//! The cache: an unchanged rebuild runs nothing, one edit runs exactly that
//! unit, a corrupt entry is recomputed, and `force` runs everything.

use std::path::Path;

use mdbook_pyrun::config::Config;
use mdbook_pyrun::listing::ChapterInput;
use mdbook_pyrun::pipeline::{run_book, Mode};
use mdbook_pyrun::progress::Stats;

const BIN: &str = env!("CARGO_BIN_EXE_mdbook-pyrun");

fn chapter(second: &str) -> ChapterInput {
    let content = format!(
        "```python\nprint('one')\n```\n\n```python\nprint('{second}')\n```\n\n```python session=s\nx = 1\n```\n\n```python session=s\nprint(x)\n```\n"
    );
    ChapterInput { source_path: "book/c.md".into(), number: None, content }
}

fn build(root: &Path, second: &str, force: bool) -> Stats {
    build_with(root, second, force, Path::new(BIN))
}

fn build_with(root: &Path, second: &str, force: bool, worker: &Path) -> Stats {
    let mut config = Config::default();
    config.force = force;
    let run = run_book(&[chapter(second)], root, &config, worker, Mode::Build).unwrap();
    assert_eq!(run.failures().count(), 0);
    run.stats
}

#[test]
fn only_what_changed_runs_again() {
    let root = tempfile::tempdir().unwrap();
    let first = build(root.path(), "two", false);
    assert_eq!((first.units, first.units_run, first.units_cached), (3, 3, 0));

    let unchanged = build(root.path(), "two", false);
    assert_eq!((unchanged.units_run, unchanged.units_cached), (0, 3));

    let edited = build(root.path(), "TWO", false);
    assert_eq!((edited.units_run, edited.units_cached), (1, 2));

    let forced = build(root.path(), "TWO", true);
    assert_eq!(forced.units_run, 3);
}

#[test]
fn a_corrupt_or_truncated_entry_is_recomputed() {
    let root = tempfile::tempdir().unwrap();
    build(root.path(), "two", false);
    let cache_dir = root.path().join("target/pyrun-cache");
    let entries: Vec<_> = std::fs::read_dir(&cache_dir).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(entries.len(), 3);
    std::fs::write(&entries[0], b"{\"key\":").unwrap();
    std::fs::write(&entries[1], b"").unwrap();
    let rebuilt = build(root.path(), "two", false);
    assert_eq!((rebuilt.units_run, rebuilt.units_cached), (2, 1));
}

#[test]
fn a_changed_worker_runs_everything_again() {
    let root = tempfile::tempdir().unwrap();
    build(root.path(), "two", false);
    // Another build of the worker: the same program with one byte more at its
    // end, which changes nothing it does, but is not the same code.
    let scratch = tempfile::tempdir().unwrap();
    let changed = scratch.path().join("mdbook-pyrun");
    let mut bytes = std::fs::read(BIN).unwrap();
    bytes.push(0);
    std::fs::write(&changed, bytes).unwrap();
    std::fs::set_permissions(&changed, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let rebuilt = build_with(root.path(), "two", false, &changed);
    assert_eq!((rebuilt.units_run, rebuilt.units_cached), (3, 0));
    let again = build_with(root.path(), "two", false, &changed);
    assert_eq!((again.units_run, again.units_cached), (0, 3));
}

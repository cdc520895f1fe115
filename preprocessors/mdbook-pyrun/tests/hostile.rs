//! Listings that try to break the build. Each runs through the real worker
//! binary, exactly as in a book build. Failures must be clean and clear; the
//! rest must simply work; nothing may outlive the run.

use std::path::Path;

use mdbook_pyrun::config::Config;
use mdbook_pyrun::listing::ChapterInput;
use mdbook_pyrun::pipeline::{run_book, BookRun, Mode};
use mdbook_pyrun::verdict::{Actual, Expected, Failure, ListingOutput};

const BIN: &str = env!("CARGO_BIN_EXE_mdbook-pyrun");

fn config() -> Config {
    let mut config = Config::default();
    config.timeout = 3.0;
    config.force = true;
    config
}

fn run_chapter(content: &str) -> BookRun {
    let root = tempfile::tempdir().unwrap();
    let chapter =
        ChapterInput { source_path: "book/hostile.md".into(), number: Some("9".into()), content: content.into() };
    run_book(&[chapter], root.path(), &config(), Path::new(BIN), Mode::Build).unwrap()
}

/// Run one inline listing with the given fence attributes.
fn run(attrs: &str, source: &str) -> Result<ListingOutput, Failure> {
    let run = run_chapter(&format!("# Hostile\n\n```python {attrs}\n{source}\n```\n"));
    run.chapters[0].records[0].vm.clone().expect("the listing ran")
}

fn fails(attrs: &str, source: &str) -> Failure {
    let failure = run(attrs, source).expect_err("the listing must fail");
    assert_eq!(failure.location, "book/hostile.md:3");
    assert_eq!(failure.listing_id, "hostile/1");
    failure
}

fn works(attrs: &str, source: &str) -> String {
    match run(attrs, source) {
        Ok(output) => output.text,
        Err(failure) => panic!("expected success, got: {} / output:\n{}", failure.actual, failure.output),
    }
}

#[test]
fn syntax_error() {
    let failure = fails("", "def broken(:\n    pass");
    assert_eq!(failure.actual, Actual::Raised("SyntaxError".into()));
    assert!(failure.output.contains("<listing hostile/1>"), "{}", failure.output);
}

#[test]
fn unexpected_exception_shows_its_traceback() {
    let failure = fails("", "x = 1\n1 / 0");
    assert_eq!(failure.expected, Expected::Completes);
    assert_eq!(failure.actual, Actual::Raised("ZeroDivisionError".into()));
    assert!(failure.output.contains("Traceback") && failure.output.contains("line 2"), "{}", failure.output);
}

#[test]
fn expected_error_not_raised_or_another_raised() {
    assert_eq!(fails("expect-error=KeyError", "pass").actual, Actual::RanWithoutRaising);
    let failure = fails("expect-error=KeyError", "int('x')");
    assert_eq!(
        (failure.expected, failure.actual),
        (Expected::Raises("KeyError".into()), Actual::Raised("ValueError".into()))
    );
}

#[test]
fn expected_error_is_rendered_as_output() {
    let output = run("expect-error=LookupError", "{}['missing']").unwrap();
    assert_eq!(output.raised.as_deref(), Some("LookupError"));
    assert!(output.text.contains("KeyError: 'missing'"), "{}", output.text);
}

#[test]
fn infinite_loop_times_out() {
    let failure = fails("timeout=1", "while True:\n    pass");
    assert!(failure.actual.to_string().contains("timed out after 1 s"), "{}", failure.actual);
}

#[test]
fn sys_exit_nonzero_and_os_exit() {
    assert_eq!(fails("", "import sys\nsys.exit(3)").actual, Actual::CalledExit(3));
    let failure = fails("", "import os\nprint('before', flush=True)\nos._exit(4)");
    assert!(failure.actual.to_string().contains("exited with status 4"), "{}", failure.actual);
    assert_eq!(failure.output, "before\n");
}

#[test]
fn death_by_signal() {
    let failure = fails("", "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)");
    assert!(failure.actual.to_string().contains("signal 9 (SIGKILL)"), "{}", failure.actual);
}

#[test]
fn memory_exhaustion_is_a_clear_failure() {
    let failure = fails("memory-mb=300", "blocks = []\nwhile True:\n    blocks.append(bytearray(50 * 2**20))");
    let said = format!("{} {}", failure.actual, failure.output);
    assert!(said.contains("memory") || said.contains("MemoryError"), "{said}");
}

#[test]
fn cpu_limit_is_a_clear_failure() {
    let failure = fails("cpu-seconds=1 timeout=20", "while True:\n    pass");
    assert!(failure.actual.to_string().contains("CPU-time limit of 1 s"), "{}", failure.actual);
}

#[test]
fn unbounded_recursion_is_a_recursion_error() {
    assert_eq!(fails("", "def f():\n    return f()\nf()").actual, Actual::Raised("RecursionError".into()));
}

#[test]
fn forked_children_and_multiprocessing_output_is_captured() {
    let text = works(
        "",
        "import os\npid = os.fork()\nif pid == 0:\n    print('child')\n    os._exit(0)\nos.waitpid(pid, 0)\nprint('parent')",
    );
    assert_eq!(text, "child\nparent\n");
    let text = works(
        "",
        "import multiprocessing as mp\ndef square(x):\n    print('in worker', flush=True)\n    return x * x\nwith mp.get_context('fork').Pool(2) as pool:\n    print(pool.map(square, [1, 2, 3]))",
    );
    assert_eq!(text.matches("in worker").count(), 3, "{text}");
    assert!(text.ends_with("[1, 4, 9]\n"), "{text}");
}

#[test]
fn daemon_threads_still_running_at_the_end() {
    let text = works(
        "",
        "import threading, time\nthreading.Thread(target=time.sleep, args=(60,), daemon=True).start()\nprint('done')",
    );
    assert_eq!(text, "done\n");
}

#[test]
fn raw_fds_interleave_in_write_order_and_stdin_is_empty() {
    let text = works(
        "",
        "import os, sys\nprint('a')\nprint('b', file=sys.stderr)\nos.write(1, b'c\\n')\nos.write(2, b'd\\n')\nprint(repr(sys.stdin.read()))",
    );
    assert_eq!(text, "a\nb\nc\nd\n''\n");
}

#[test]
fn invalid_utf8_becomes_replacement_characters() {
    assert_eq!(works("", "import os\nos.write(1, b'\\xff ok\\n')"), "\u{fffd} ok\n");
}

#[test]
fn html_and_markdown_in_output_stay_text() {
    let run = run_chapter("```python\nprint('<script>alert(1)</script> **bold**')\n```\n");
    let chapter = &run.chapters[0];
    let shown = mdbook_pyrun::render::shown_outputs(&chapter.records[0], &run.cpythons);
    let html = mdbook_pyrun::render::render_listing(&chapter.records[0].listing, &shown, &Default::default());
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; **bold**"), "{html}");
}

#[test]
fn flooding_output_is_cut_with_a_marker_and_a_warning() {
    let output = run("", "while True:\n    print('y' * 100)").unwrap();
    assert!(output.text.contains("[… output cut at 64 KiB"), "{}", &output.text[output.text.len() - 200..]);
    assert_eq!(output.warnings.len(), 1);
}

#[test]
fn files_and_cwd_changes_stay_in_a_temporary_folder_that_is_deleted() {
    let text = works(
        "",
        "import os, tempfile\nopen('scratch.txt', 'w').write('x')\nprint(os.getcwd())\nprint(tempfile.gettempdir())\nos.chdir('/')",
    );
    let mut lines = text.lines();
    let (cwd, tmp) = (lines.next().unwrap(), lines.next().unwrap());
    assert!(cwd.contains("pyrun-") && tmp.contains("pyrun-"), "{text}");
    assert!(!Path::new(cwd).exists(), "the listing's folder {cwd} was not deleted");
    assert!(!Path::new(tmp).exists(), "the listing's TMPDIR {tmp} was not deleted");
}

#[test]
fn no_process_outlives_a_timed_out_listing() {
    let failure = fails(
        "timeout=1",
        "import os, time\npid = os.fork()\nif pid == 0:\n    time.sleep(600)\nprint(pid, flush=True)\nwhile True:\n    pass",
    );
    let pid: i32 = failure.output.trim().parse().expect("the child's pid");
    let gone = (0..50).any(|_| {
        let state = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok();
        let dead = state.is_none_or(|s| s.split(' ').nth(2) == Some("Z"));
        if !dead {
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        dead
    });
    assert!(gone, "forked child {pid} outlived the listing");
}

#[test]
fn sessions_share_an_interpreter_and_continue_after_an_expected_error() {
    let run = run_chapter(
        "```python session=s\nx = 41\n```\n\n```python session=s expect-error=NameError\nprint(y)\n```\n\n```python session=s\nprint(x + 1)\n```\n",
    );
    let verdicts: Vec<_> = run.chapters[0].records.iter().map(|r| r.vm.clone().unwrap().unwrap()).collect();
    assert_eq!(verdicts[0].text, "");
    assert!(verdicts[1].text.contains("NameError"));
    assert_eq!(verdicts[2].text, "42\n");
}

#[test]
fn every_broken_listing_is_reported_not_only_the_first() {
    let run = run_chapter(
        "```python\n1/0\n```\n\n```python\nprint('fine')\n```\n\n```python\nimport sys\nsys.exit(2)\n```\n",
    );
    let failures: Vec<_> = run.failures().map(|f| (f.location.clone(), f.actual.clone())).collect();
    assert_eq!(
        failures,
        vec![
            ("book/hostile.md:1".to_string(), Actual::Raised("ZeroDivisionError".into())),
            ("book/hostile.md:9".to_string(), Actual::CalledExit(2)),
        ]
    );
}

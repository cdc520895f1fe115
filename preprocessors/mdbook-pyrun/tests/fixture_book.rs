//! A small fixture book built end to end with real mdBook 0.5.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_mdbook-pyrun");

/// mdBook: the copy `cargo xtask` pins in target/tools, or one on PATH.
fn mdbook() -> PathBuf {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let target = std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or(workspace.join("target"));
    let pinned = target.join("tools/bin/mdbook");
    if pinned.exists() {
        return pinned;
    }
    std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())
        .map(|dir| dir.join("mdbook"))
        .find(|p| p.exists())
        .expect("mdBook 0.5 not found: run `cargo xtask test`, which installs it into target/tools")
}

const GOOD: &str = "# Good\n\nText.\n\n```python file=good/hello.py caption=\"Greets\"\n```\n\n```python expect-error=ZeroDivisionError\n1 / 0\n```\n";
const PLAIN: &str = "# Plain\n\nNo listings, just *markdown*.\n";
const BROKEN: &str = "# Broken\n\nIntro.\n\n```python\nraise ValueError('boom')\n```\n\n```python expect-error=KeyError\nprint('no error here')\n```\n";

fn fixture(chapters: &[(&str, &str)]) -> tempfile::TempDir {
    let root = tempfile::tempdir().unwrap();
    let book_toml = format!(
        "[book]\ntitle = \"Fixture\"\nsrc = \"src\"\n\n[preprocessor.pyrun]\ncommand = \"{BIN}\"\nafter = [\"links\"]\ntimeout = 5\n"
    );
    std::fs::write(root.path().join("book.toml"), book_toml).unwrap();
    std::fs::create_dir_all(root.path().join("src")).unwrap();
    std::fs::create_dir_all(root.path().join("listings/good")).unwrap();
    std::fs::write(root.path().join("listings/good/hello.py"), "print('hello from the VM')\n").unwrap();
    let mut summary = String::from("# Summary\n\n");
    for (name, content) in chapters {
        std::fs::write(root.path().join("src").join(format!("{name}.md")), content).unwrap();
        summary.push_str(&format!("- [{name}]({name}.md)\n"));
    }
    std::fs::write(root.path().join("src/SUMMARY.md"), summary).unwrap();
    root
}

/// The fixture book `tests/books/NAME`, copied into a temporary folder, with
/// or without this preprocessor in its book.toml.
fn book_from_disk(name: &str, with_pyrun: bool) -> tempfile::TempDir {
    book_from_disk_with(name, with_pyrun, "")
}

/// The same, with `extra` appended to its book.toml.
fn book_from_disk_with(name: &str, with_pyrun: bool, extra: &str) -> tempfile::TempDir {
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/books").join(name);
    let root = tempfile::tempdir().unwrap();
    for entry in walkdir::WalkDir::new(&from) {
        let entry = entry.unwrap();
        let to = root.path().join(entry.path().strip_prefix(&from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&to).unwrap();
        } else {
            std::fs::copy(entry.path(), &to).unwrap();
        }
    }
    let mut book_toml = format!("[book]\ntitle = \"{name}\"\nsrc = \"src\"\n");
    if with_pyrun {
        book_toml.push_str(&format!("\n[preprocessor.pyrun]\ncommand = \"{BIN}\"\nafter = [\"links\"]\n"));
    }
    book_toml.push_str(extra);
    std::fs::write(root.path().join("book.toml"), book_toml).unwrap();
    root
}

/// Every file of a built book, by its path inside the build folder.
fn built_files(root: &Path) -> std::collections::BTreeMap<PathBuf, Vec<u8>> {
    let out = root.join("book");
    walkdir::WalkDir::new(&out)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| (e.path().strip_prefix(&out).unwrap().to_path_buf(), std::fs::read(e.path()).unwrap()))
        .collect()
}

fn build(root: &Path) -> Output {
    Command::new(mdbook()).arg("build").arg(root).output().unwrap()
}

#[test]
fn a_good_book_builds_with_real_output() {
    let root = fixture(&[("good", GOOD), ("plain", PLAIN)]);
    let output = build(root.path());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    let html = std::fs::read_to_string(root.path().join("book/good.html")).unwrap();
    assert!(html.contains("Listing 1.1</a> — Greets"), "caption missing");
    assert!(html.contains("hello from the VM"), "output missing");
    assert!(html.contains("raises ZeroDivisionError as expected"));
    assert!(html.contains("ZeroDivisionError: division by zero"), "traceback missing");
    let plain = std::fs::read_to_string(root.path().join("book/plain.html")).unwrap();
    assert!(plain.contains("No listings, just <em>markdown</em>."));
    // A second build runs nothing: everything comes from the cache.
    let again = build(root.path());
    assert!(String::from_utf8_lossy(&again.stderr).contains("0 run, 2 cached, 0 failed"));
}

#[test]
fn a_book_without_listings_renders_exactly_as_it_does_without_the_preprocessor() {
    // Nested chapters three levels deep, draft chapters, a separator, part
    // titles, prefix and suffix chapters, and Rust blocks that are not listings.
    let with = book_from_disk("nested", true);
    let without = book_from_disk("nested", false);
    for root in [&with, &without] {
        let output = build(root.path());
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    }
    let (with, without) = (built_files(with.path()), built_files(without.path()));
    assert!(with.contains_key(Path::new("part1/great.html")), "{:?}", with.keys());
    assert_eq!(with.keys().collect::<Vec<_>>(), without.keys().collect::<Vec<_>>());
    for (path, bytes) in &with {
        assert!(bytes == &without[path], "{} differs when built through the preprocessor", path.display());
    }
}

#[test]
fn nested_chapters_keep_their_own_text_and_listings() {
    let root = book_from_disk("nested", true);
    let chapters =
        ["part1/parent", "part1/child", "part1/grandchild", "part1/great", "other", "part2/README", "part2/sub"];
    for chapter in chapters {
        let path = root.path().join("src").join(format!("{chapter}.md"));
        let mut text = std::fs::read_to_string(&path).unwrap();
        text.push_str(&format!("\n\n```python\nprint('output of', {chapter:?})\n```\n"));
        std::fs::write(path, text).unwrap();
    }
    let output = build(root.path());
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let names = ["Parent", "Child", "Grandchild", "Great-grandchild", "Other", "Second", "Sub"];
    for (chapter, name) in chapters.iter().zip(names) {
        // mdBook renders a README.md as index.html.
        let page = chapter.replace("README", "index");
        let html = std::fs::read_to_string(root.path().join("book").join(format!("{page}.html"))).unwrap();
        assert!(html.contains(&format!("only of {name}.")), "{chapter}.html lost its own text");
        assert!(html.contains(&format!("output of {chapter}\n")), "{chapter}.html lost its own listing's output");
        for other in chapters.iter().filter(|c| *c != chapter) {
            assert!(!html.contains(&format!("output of {other}\n")), "{chapter}.html shows the output of {other}");
        }
    }
}

#[test]
fn a_broken_book_fails_naming_every_broken_listing() {
    let root = fixture(&[("good", GOOD), ("broken", BROKEN)]);
    let output = build(root.path());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "the build must fail:\n{stderr}");
    assert!(stderr.contains("error: listing `broken/1` failed\n  --> src/broken.md:5"), "{stderr}");
    assert!(stderr.contains("actual:   it raised ValueError"), "{stderr}");
    assert!(stderr.contains("ValueError: boom"), "{stderr}");
    assert!(stderr.contains("error: listing `broken/2` failed\n  --> src/broken.md:9"), "{stderr}");
    assert!(stderr.contains("expected: it raises KeyError\n  actual:   it ran to its end without raising"), "{stderr}");
    assert!(!root.path().join("book/broken.html").exists(), "no page may be rendered from a broken book");
}

const HOSTILE: &str = "# Hostile\n\n\
```python\nimport os\npid = os.fork()\nif pid == 0:\n    print('child', flush=True)\n    os._exit(0)\nos.waitpid(pid, 0)\nprint('parent')\n```\n\n\
```python\nimport threading, time\nthreading.Thread(target=time.sleep, args=(60,), daemon=True).start()\nprint('daemon left running')\n```\n\n\
```python\nimport os, sys\nos.write(1, b'raw <b>fd</b>\\n')\nprint(repr(sys.stdin.read()))\nopen('litter.txt', 'w').write('x')\nos.chdir('/')\n```\n\n\
```python timeout=1\nimport os, time\nif os.fork() == 0:\n    time.sleep(600)\nwhile True:\n    pass\n```\n\n\
```python\nimport os\nos._exit(3)\n```\n";

#[test]
fn a_hostile_book_fails_cleanly_and_leaves_nothing_behind() {
    let root = fixture(&[("good", GOOD), ("hostile", HOSTILE)]);
    let scratch = tempfile::tempdir().unwrap();
    let output = Command::new(mdbook()).arg("build").arg(root.path()).env("TMPDIR", scratch.path()).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "{stderr}");
    assert!(stderr.contains("error: listing `hostile/4` failed\n  --> src/hostile.md:27"), "{stderr}");
    assert!(stderr.contains("timed out after 1 s"), "{stderr}");
    assert!(stderr.contains("error: listing `hostile/5` failed\n  --> src/hostile.md:35"), "{stderr}");
    assert!(stderr.contains("exited with status 3"), "{stderr}");
    for working in ["hostile/1", "hostile/2", "hostile/3"] {
        assert!(!stderr.contains(&format!("`{working}` failed")), "{working} should work:\n{stderr}");
    }
    let leftovers: Vec<_> = std::fs::read_dir(scratch.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(leftovers.is_empty(), "temporary files left behind: {leftovers:?}");
    assert!(!root.path().join("src/litter.txt").exists() && !root.path().join("litter.txt").exists());
}

/// The HTML between the first `open` after `from` and the next `close`.
fn between<'a>(html: &'a str, from: &str, open: &str, close: &str) -> &'a str {
    let start = html.find(from).and_then(|at| html[at..].find(open).map(|i| at + i)).expect(open);
    let end = html[start..].find(close).map(|i| start + i).expect(close);
    &html[start..end]
}

#[test]
fn listings_in_list_items_and_quotes_stay_there_and_citations_link_to_them() {
    let root = book_from_disk_with("containers", true, "\n[output.html.code.hidelines]\npython = \"#~\"\n");
    let output = build(root.path());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    // mdBook warns about HTML it cannot nest (a `<figure>` that splits a list).
    assert!(!stderr.contains("WARN"), "mdBook warned:\n{stderr}");

    let page = std::fs::read_to_string(root.path().join("book/containers.html")).unwrap();
    let item = between(&page, "First, a listing", "", "</li>");
    assert!(item.contains("<figure class=\"listing\" id=\"listing-containers-in-a-list\""), "{item}");
    assert!(item.contains("from a list item\nTrue\n</code></pre>"), "{item}");
    assert!(item.contains("<span class=\"boring\">import sys\n</span>"), "the hidden line, for mdBook's eye: {item}");
    assert!(page.contains("<li>\n<p>The list goes on after it.</p>\n</li>\n</ol>"), "{page}");

    let quote = between(&page, "A quote, with", "", "</blockquote>");
    assert!(quote.contains("id=\"listing-containers-in-a-quote\""), "{quote}");
    assert!(
        quote.contains("print(\"from a quote\")\n\nprint(\"after a blank line\")\n</code></pre>")
            && quote.contains("from a quote\nafter a blank line\n</code></pre>"),
        "{quote}"
    );
    assert!(quote.contains("The quote goes on."), "{quote}");

    let list = between(&page, "after a blank line", "<ul>", "</ul>");
    assert!(list.contains("first block\n</code></pre>"), "{list}");
    assert!(list.contains("id=\"listing-containers-second-in-session\""), "{list}");
    assert!(list.contains("42\n</code></pre>"), "{list}");
    assert!(page.contains("<p>Back to the chapter.</p>"), "{page}");

    let citations = std::fs::read_to_string(root.path().join("book/citations.html")).unwrap();
    assert!(
        citations.contains("As <a href=\"containers.html#listing-containers-in-a-list\">Listing 1.1</a> shows, and <a href=\"containers.html#listing-containers-in-a-quote\">the quoted one</a> too."),
        "{citations}"
    );
}

#[test]
fn citing_an_unknown_listing_fails_the_build_at_its_line() {
    let root = fixture(&[("good", GOOD), ("cites", "# Cites\n\nSee\n[](listing:good/nothing).\n")]);
    let output = build(root.path());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "the build must fail:\n{stderr}");
    assert!(stderr.contains("src/cites.md:4"), "{stderr}");
    assert!(stderr.contains("this citation names listing `good/nothing`, which no chapter has"), "{stderr}");
}

#[test]
fn mermaid_blocks_become_diagrams_only_when_the_book_asks() {
    const DIAGRAM: &str = "# Diagram\n\n```mermaid\ngraph TD\nA --> B\n```\n\n```python\nprint('beside it')\n```\n";
    for asks in [true, false] {
        let root = fixture(&[("diagram", DIAGRAM)]);
        if asks {
            let book_toml = root.path().join("book.toml");
            let text = std::fs::read_to_string(&book_toml).unwrap();
            std::fs::write(&book_toml, format!("{text}mermaid = true\n")).unwrap();
        }
        let output = build(root.path());
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        let html = std::fs::read_to_string(root.path().join("book/diagram.html")).unwrap();
        assert!(html.contains("beside it"), "the listing's output is missing");
        // mdbook-mermaid's form: the diagram's source, escaped, for mermaid.js to draw.
        let diagram = html.contains("<pre class=\"mermaid\">graph TD\nA --&gt; B\n</pre>");
        assert_eq!(diagram, asks, "mermaid = {asks}:\n{html}");
        assert_eq!(html.contains("language-mermaid"), !asks, "mermaid = {asks}: the code block");
    }
}

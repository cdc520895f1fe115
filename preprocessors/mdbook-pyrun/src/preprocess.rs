//! The mdBook side: run every listing of the book and splice the results in.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use anyhow::{bail, Result};
use mdbook_preprocessor::book::{Book, BookItem};
use mdbook_preprocessor::{Preprocessor, PreprocessorContext};

use crate::appendix;
use crate::citations::{resolve_citations, slashed, to_root, ListingIndex};
use crate::config::Config;
use crate::cpython::CPython;
use crate::extract::{continuation_prefix, continue_lines, splice};
use crate::fence::Language;
use crate::listing::ChapterInput;
use crate::pipeline::{run_book, worker_exe, BookRun, CPythonResult, ListingRecord, Mode, Origin};
use crate::progress::summary_line;
use crate::recorded::{compare, recorded_path, unified_diff, Drift};
use crate::render::{render_listing, shown_outputs, BrowserRun, ListingContext};
use crate::report::{format_failure, format_markup_error};

pub struct PyRun;

/// Renderers whose books we preprocess.
const SUPPORTED_RENDERERS: [&str; 2] = ["html", "test"];

impl Preprocessor for PyRun {
    fn name(&self) -> &str {
        "pyrun"
    }

    fn run(&self, ctx: &PreprocessorContext, mut book: Book) -> mdbook_preprocessor::errors::Result<Book> {
        let config = Config::from_book_config(&ctx.config)?;
        let src = &ctx.config.book.src;
        let site = SiteSettings::read(ctx, &config)?;
        let chapters = chapter_inputs(&book, src);
        let run = run_book(&chapters, &ctx.root, &config, &worker_exe()?, Mode::Build)?;
        report(&run)?;
        for drift in drifts(&ctx.root, &run) {
            eprintln!("warning: {drift}");
        }

        let mut index = ListingIndex::default();
        for chapter in &run.chapters {
            for record in &chapter.records {
                index.add(&record.listing, page_of(&chapter.input, src));
            }
        }
        let mut citation_errors = Vec::new();
        // `run_book` returns one `ChapterRun` per input, in input order.
        let mut rendered = Renderings::default();
        for (chapter_run, input) in run.chapters.iter().zip(&chapters) {
            let page = page_of(input, src);
            let mut edits: Vec<_> = chapter_run
                .records
                .iter()
                .map(|record| {
                    let context = site.listing_context(record, &chapter_run.records, &run.cpythons, page, &config);
                    let html = render_listing(&record.listing, &shown_outputs(record, &run.cpythons), &context);
                    let prefix = continuation_prefix(&input.content, record.listing.span.start);
                    (record.listing.span.clone(), continue_lines(&html, &prefix))
                })
                .collect();
            let (citations, errors) = resolve_citations(&input.content, page, &input.source_path, &index);
            citation_errors.extend(errors);
            edits.extend(citations);
            edits.sort_by_key(|(span, _)| span.start);
            let mut content = if edits.is_empty() { None } else { Some(splice(&input.content, &edits)) };
            if input.content.contains(appendix::MARKER) {
                let text = content.as_deref().unwrap_or(&input.content);
                content = Some(text.replace(appendix::MARKER, &appendix::render(&run.accounting, &input.source_path)));
            }
            if let Some(content) = content {
                rendered.insert(input, content);
            }
        }
        for error in &citation_errors {
            eprintln!("{}", format_markup_error(error));
        }
        if !citation_errors.is_empty() {
            bail!("{} citation(s) of unknown listings; see the errors above", citation_errors.len());
        }
        rendered.write_back(&mut book, src);
        if let (Some(published), "html") = (&config.published_listings, ctx.renderer.as_str()) {
            let links = run
                .chapters
                .iter()
                .flat_map(|chapter| &chapter.records)
                .filter_map(|record| record.listing.file.as_ref())
                .map(|file| (inside_listings(file, &config).to_path_buf(), ctx.root.join(file)))
                .collect();
            crate::publish::publish(&ctx.root.join(src).join(published), &links)?;
        }
        if config.mermaid && ctx.renderer == "html" {
            book = mdbook_mermaid::Mermaid.run(ctx, book)?;
        }
        Ok(book)
    }

    fn supports_renderer(&self, renderer: &str) -> mdbook_preprocessor::errors::Result<bool> {
        Ok(SUPPORTED_RENDERERS.contains(&renderer))
    }
}

/// A listing file's path inside the listings folder: where its caption links
/// to, and where it is published.
fn inside_listings<'a>(file: &'a Path, config: &Config) -> &'a Path {
    file.strip_prefix(&config.listings).unwrap_or(file)
}

/// A chapter's page, relative to the book's source folder.
fn page_of<'a>(input: &'a ChapterInput, src: &Path) -> &'a Path {
    input.source_path.strip_prefix(src).unwrap_or(&input.source_path)
}

/// What the built site offers a listing, from `book.toml`.
struct SiteSettings {
    /// mdBook's `output.html.code.hidelines.python`.
    python_hide_prefix: Option<String>,
    /// `[preprocessor.pyrun] published-listings`.
    published_listings: Option<PathBuf>,
    /// `[preprocessor.pyrun.browser] assets`.
    browser_assets: Option<PathBuf>,
}

impl SiteSettings {
    fn read(ctx: &PreprocessorContext, config: &Config) -> Result<SiteSettings> {
        let src = ctx.root.join(&ctx.config.book.src);
        let mut browser_assets = None;
        if let Some(browser) = &config.browser {
            if config.cpython.as_ref().is_none_or(|c| c.pyodide.is_none()) {
                bail!("[preprocessor.pyrun.browser] runs listings on Pyodide: configure it in [preprocessor.pyrun.cpython] pyodide too");
            }
            // Without Pyodide installed the book still builds, from the
            // recordings, as it does for the build's own CPython 3.14.
            match browser.check_assets(&src) {
                Ok(()) => browser_assets = Some(browser.assets.clone()),
                Err(err) => eprintln!("warning: listings get no Run button: {err:#}"),
            }
        }
        Ok(SiteSettings {
            python_hide_prefix: ctx.config.get("output.html.code.hidelines.python")?,
            published_listings: config.published_listings.clone(),
            browser_assets,
        })
    }

    fn listing_context(
        &self,
        record: &ListingRecord,
        chapter: &[ListingRecord],
        cpythons: &[CPython],
        page: &Path,
        config: &Config,
    ) -> ListingContext {
        let listing = &record.listing;
        let file_href = match (&self.published_listings, &listing.file) {
            (Some(published), Some(file)) => {
                let inside = inside_listings(file, config);
                Some(format!("{}{}/{}", to_root(page), slashed(published), slashed(inside)))
            }
            _ => None,
        };
        ListingContext {
            python_hide_prefix: self.python_hide_prefix.clone(),
            file_href,
            browser: self.browser_run(record, chapter, cpythons, page),
        }
    }

    /// Whether the reader's browser, running the book's Pyodide, can run `record`.
    fn browser_run(
        &self,
        record: &ListingRecord,
        chapter: &[ListingRecord],
        cpythons: &[CPython],
        page: &Path,
    ) -> Option<BrowserRun> {
        let assets = self.browser_assets.as_ref()?;
        let listing = &record.listing;
        if listing.attrs.language != Language::Python || !listing.runs() {
            return None;
        }
        let wasm = cpythons.iter().find(|c| c.is_wasm())?;
        let version = match record.cpython.get(&wasm.key()) {
            Some(CPythonResult::CannotRun { reason, .. }) => {
                return Some(BrowserRun::CannotRun { reason: reason.clone() })
            }
            Some(CPythonResult::Output(output)) => output.version.clone(),
            _ => wasm.version.clone().unwrap_or_else(|| wasm.minor.clone()),
        };
        // The session's earlier listings, which run first in the same interpreter.
        let after = match &listing.attrs.session {
            Some(session) => chapter
                .iter()
                .map(|r| &r.listing)
                .take_while(|l| l.span.start < listing.span.start)
                .filter(|l| {
                    l.runs() && l.attrs.language == Language::Python && l.attrs.session.as_ref() == Some(session)
                })
                .map(|l| l.anchor())
                .collect(),
            None => Vec::new(),
        };
        Some(BrowserRun::Runs {
            assets: format!("{}{}/", to_root(page), slashed(assets)),
            label: format!("CPython {version}"),
            after,
        })
    }
}

/// Every chapter of the book that has a source file, in `book.iter()` order
/// (a parent before its children), as the pipeline reads it.
pub fn chapter_inputs(book: &Book, src: &Path) -> Vec<ChapterInput> {
    book.iter()
        .filter_map(|item| match item {
            BookItem::Chapter(chapter) => Some(chapter),
            _ => None,
        })
        .filter_map(|chapter| {
            let path = chapter.source_path.as_ref()?;
            Some(ChapterInput {
                source_path: src.join(path),
                number: chapter.number.as_ref().map(|n| n.iter().map(u32::to_string).collect::<Vec<_>>().join(".")),
                content: chapter.content.clone(),
            })
        })
        .collect()
}

/// New chapter contents, keyed by the chapter's identity: its source file and
/// the content it had when read. mdBook walks chapters in different orders
/// (`iter` puts a parent before its children, `for_each_chapter_mut` after
/// them), so nothing here depends on the order of a walk.
#[derive(Debug, Default)]
pub struct Renderings {
    by_file: HashMap<PathBuf, Vec<(String, String)>>,
}

impl Renderings {
    pub fn insert(&mut self, input: &ChapterInput, rendered: String) {
        self.by_file.entry(input.source_path.clone()).or_default().push((input.content.clone(), rendered));
    }

    /// Replace the content of every chapter that has a rendering; leave every
    /// other chapter exactly as it was.
    pub fn write_back(&self, book: &mut Book, src: &Path) {
        book.for_each_chapter_mut(|chapter| {
            let Some(path) = &chapter.source_path else { return };
            let Some(candidates) = self.by_file.get(&src.join(path)) else { return };
            // A file listed twice in SUMMARY.md reads the same content twice, and renders the same.
            if let Some((_, rendered)) = candidates.iter().find(|(original, _)| *original == chapter.content) {
                chapter.content = rendered.clone();
            }
        });
    }
}

/// Print every problem; fail if there was any. Warnings never fail the build.
pub fn report(run: &BookRun) -> Result<()> {
    report_runs(run)?;
    report_divergences(run)
}

/// Print the listings' own problems (markup, failures on the VM) and warnings;
/// fail if there was any problem.
pub fn report_runs(run: &BookRun) -> Result<()> {
    for error in &run.markup_errors {
        eprintln!("{}", format_markup_error(error));
    }
    for failure in run.failures() {
        eprintln!("{}", format_failure(failure));
    }
    for record in run.records() {
        if let Some(Ok(output)) = &record.vm {
            for warning in &output.warnings {
                eprintln!("warning: listing `{}` ({}): {warning}", record.listing.id, record.listing.location());
            }
        }
    }
    for warning in &run.warnings {
        eprintln!("warning: {warning}");
    }
    eprintln!("{}", summary_line(&run.stats));
    let problems = run.markup_errors.len() + run.stats.failed;
    if problems > 0 {
        bail!("{problems} listing problem(s); see the errors above");
    }
    Ok(())
}

/// Print every undeclared divergence and stale declaration; fail if there was any.
pub fn report_divergences(run: &BookRun) -> Result<()> {
    for error in &run.accounting.errors {
        eprintln!("{}", format_markup_error(error));
    }
    if !run.accounting.errors.is_empty() {
        bail!("{} listing(s) differ between the VM and CPython without saying why, or say so and no longer do; see the errors above", run.accounting.errors.len());
    }
    Ok(())
}

/// Every output that no longer matches its recording: the VM's `.out` beside
/// a listing file, and each CPython's output that ran here. A build only
/// warns; `check` fails on them.
pub fn drifts(root: &Path, run: &BookRun) -> Vec<String> {
    let mut found = Vec::new();
    for chapter in &run.chapters {
        for record in &chapter.records {
            let listing = &record.listing;
            if let (Some(file), Some(Ok(output))) = (&listing.file, &record.vm) {
                match compare(root, file, &output.text) {
                    None => {}
                    Some(Drift::Missing) => found.push(format!(
                        "listing `{}` ({}) has no recorded output {}; run `cargo xtask bless`",
                        listing.id,
                        listing.location(),
                        recorded_path(file).display()
                    )),
                    Some(Drift::Differs(diff)) => found.push(format!(
                        "listing `{}` ({}) drifted from its recorded output; run `cargo xtask bless` if this is intended\n{diff}",
                        listing.id,
                        listing.location()
                    )),
                }
            }
            for cpython in &run.cpythons {
                let Some(CPythonResult::Output(output)) = record.cpython.get(&cpython.key()) else { continue };
                if output.origin != Origin::Ran {
                    continue;
                }
                let recording = chapter.recorded.listing.get(&listing.id).and_then(|r| r.get(&cpython.key()));
                let place = format!("listing `{}` ({})", listing.id, listing.location());
                match recording.and_then(|r| r.output.as_deref()) {
                    None => found.push(format!(
                        "{place} has no recorded CPython {} output in {}; run `cargo xtask bless`",
                        cpython.minor,
                        chapter.recordings_path.display()
                    )),
                    Some(recorded) if recorded != output.text => found.push(format!(
                        "{place}: its output on {} drifted from the recording in {}; run `cargo xtask bless` if this is intended\n{}",
                        cpython.label(&output.version),
                        chapter.recordings_path.display(),
                        unified_diff(recorded, &output.text, &chapter.recordings_path)
                    )),
                    Some(_) => {}
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use mdbook_preprocessor::book::{Chapter, SectionNumber};
    use proptest::prelude::*;

    use super::*;

    /// One entry of a generated SUMMARY: how deep it wants to nest, and what it is.
    #[derive(Debug, Clone)]
    enum Entry {
        /// A chapter with a file; `true` if the pipeline renders it anew.
        Chapter(bool),
        /// A chapter that reuses the file of an earlier chapter (same content).
        Repeat(usize),
        Draft,
        Separator,
        PartTitle,
    }

    fn entries() -> impl Strategy<Value = Vec<(usize, Entry)>> {
        let entry = prop_oneof![
            4 => any::<bool>().prop_map(Entry::Chapter),
            1 => (0usize..8).prop_map(Entry::Repeat),
            1 => Just(Entry::Draft),
            1 => Just(Entry::Separator),
            1 => Just(Entry::PartTitle),
        ];
        prop::collection::vec((0usize..4, entry), 0..40)
    }

    /// The items at `depth` below the last chapter of `items`, to push into.
    fn children_at(items: &mut Vec<BookItem>, depth: usize) -> &mut Vec<BookItem> {
        if depth == 0 {
            return items;
        }
        match items.last_mut() {
            Some(BookItem::Chapter(chapter)) => children_at(&mut chapter.sub_items, depth - 1),
            _ => unreachable!("depths are clamped to the nesting that exists"),
        }
    }

    /// Build a book from `entries`, twice: as read, and as it must be after
    /// the renderings are written back. Also return the renderings.
    fn books(entries: &[(usize, Entry)]) -> (Book, Book, Vec<(PathBuf, String, String)>) {
        let (mut original, mut expected) = (Vec::new(), Vec::new());
        let mut files: Vec<(PathBuf, String, Option<String>)> = Vec::new();
        // How deep the next entry may go: one below the last chapter on the path.
        let mut open_depth: Option<usize> = None;
        for (index, (depth, entry)) in entries.iter().enumerate() {
            let depth = open_depth.map_or(0, |d| (*depth).min(d + 1));
            let file = match entry {
                Entry::Separator | Entry::PartTitle if depth > 0 => continue,
                Entry::Separator | Entry::PartTitle => {
                    let item = if matches!(entry, Entry::Separator) {
                        BookItem::Separator
                    } else {
                        BookItem::PartTitle(format!("Part {index}"))
                    };
                    original.push(item.clone());
                    expected.push(item);
                    open_depth = None;
                    continue;
                }
                Entry::Draft => None,
                Entry::Chapter(rendered) => {
                    let path = PathBuf::from(format!("dir{}/ch{index}.md", depth));
                    let content = format!("# Chapter {index}\n\n```python\nprint({index})\n```\n");
                    let rendering = rendered.then(|| format!("# Chapter {index}\n\n<figure>{index}</figure>\n"));
                    files.push((path, content, rendering));
                    Some(files.len() - 1)
                }
                Entry::Repeat(_) if files.is_empty() => continue,
                Entry::Repeat(n) => Some(n % files.len()),
            };
            let mut chapter = Chapter::new_draft(&format!("Chapter {index}"), vec![]);
            chapter.number = Some(SectionNumber::new(vec![index as u32]));
            let mut rendered = chapter.clone();
            if let Some(file) = file {
                let (path, content, rendering) = &files[file];
                chapter.path = Some(path.clone());
                chapter.source_path = Some(path.clone());
                chapter.content = content.clone();
                rendered = Chapter { content: rendering.clone().unwrap_or_else(|| content.clone()), ..chapter.clone() };
            }
            children_at(&mut original, depth).push(BookItem::Chapter(chapter));
            children_at(&mut expected, depth).push(BookItem::Chapter(rendered));
            open_depth = Some(depth);
        }
        let renderings =
            files.into_iter().filter_map(|(path, content, rendering)| Some((path, content, rendering?))).collect();
        let book = |items: Vec<BookItem>| {
            let mut book = Book::new();
            for item in items {
                book.push_item(item);
            }
            book
        };
        (book(original), book(expected), renderings)
    }

    proptest! {
        /// Any structure of nesting, drafts, separators, part titles and
        /// repeated files: each chapter gets its own rendering, and nothing else changes.
        #[test]
        fn every_chapter_gets_its_own_rendering(entries in entries()) {
            let src = Path::new("src");
            let (mut book, expected, renderings) = books(&entries);
            let inputs = chapter_inputs(&book, src);
            let mut rendered = Renderings::default();
            for input in &inputs {
                let own = renderings.iter().find(|(path, content, _)| src.join(path) == input.source_path && *content == input.content);
                if let Some((_, _, rendering)) = own {
                    rendered.insert(input, rendering.clone());
                }
            }
            rendered.write_back(&mut book, src);
            prop_assert_eq!(book, expected);
        }
    }

    #[test]
    fn inputs_come_parent_first_with_their_numbers_and_source_under_src() {
        let mut parent = Chapter::new("Parent", "parent text".into(), "parent.md", vec![]);
        parent.number = Some(SectionNumber::new(vec![1]));
        let mut child = Chapter::new("Child", "child text".into(), "child.md", vec!["Parent".into()]);
        child.number = Some(SectionNumber::new(vec![1, 1]));
        parent.sub_items.push(BookItem::Chapter(child));
        let mut book = Book::new();
        book.push_item(BookItem::Chapter(parent));
        book.push_item(BookItem::Chapter(Chapter::new_draft("Draft", vec![])));
        let inputs = chapter_inputs(&book, Path::new("book"));
        let seen: Vec<_> =
            inputs.iter().map(|i| (i.source_path.clone(), i.number.clone(), i.content.as_str())).collect();
        assert_eq!(
            seen,
            vec![
                (PathBuf::from("book/parent.md"), Some("1".into()), "parent text"),
                (PathBuf::from("book/child.md"), Some("1.1".into()), "child text"),
            ]
        );
    }
}

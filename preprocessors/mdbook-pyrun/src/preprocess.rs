//! The mdBook side: run every listing of the book and splice the results in.

use anyhow::{bail, Result};
use mdbook_preprocessor::book::{Book, BookItem};
use mdbook_preprocessor::{Preprocessor, PreprocessorContext};

use crate::config::Config;
use crate::extract::splice;
use crate::listing::ChapterInput;
use crate::pipeline::{run_book, worker_exe, BookRun};
use crate::progress::summary_line;
use crate::recorded::{compare, Drift};
use crate::render::render_listing;
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
        let src = ctx.config.book.src.clone();
        let mut chapters = Vec::new();
        for item in book.iter() {
            if let BookItem::Chapter(chapter) = item {
                if let Some(path) = &chapter.source_path {
                    chapters.push(ChapterInput {
                        source_path: src.join(path),
                        number: chapter.number.as_ref().map(|n| n.iter().map(u32::to_string).collect::<Vec<_>>().join(".")),
                        content: chapter.content.clone(),
                    });
                }
            }
        }
        let run = run_book(&chapters, &ctx.root, &config, &worker_exe()?)?;
        report(&run)?;
        warn_on_drift(&ctx.root, &run);

        let mut rendered = run.chapters.iter().zip(&chapters).map(|(chapter_run, input)| {
            let edits: Vec<_> = chapter_run
                .listings
                .iter()
                .zip(&chapter_run.verdicts)
                .map(|(listing, verdict)| {
                    let output = verdict.as_ref().map(|v| v.as_ref().expect("failures were reported"));
                    (listing.span.clone(), render_listing(listing, output))
                })
                .collect();
            splice(&input.content, &edits)
        });
        book.for_each_chapter_mut(|chapter| {
            if chapter.source_path.is_some() {
                chapter.content = rendered.next().expect("one rendering per chapter");
            }
        });
        Ok(book)
    }

    fn supports_renderer(&self, renderer: &str) -> mdbook_preprocessor::errors::Result<bool> {
        Ok(SUPPORTED_RENDERERS.contains(&renderer))
    }
}

/// Print every problem; fail if there was any. Warnings never fail the build.
pub fn report(run: &BookRun) -> Result<()> {
    for error in &run.markup_errors {
        eprintln!("{}", format_markup_error(error));
    }
    for failure in run.failures() {
        eprintln!("{}", format_failure(failure));
    }
    for chapter in &run.chapters {
        for (listing, verdict) in chapter.listings.iter().zip(&chapter.verdicts) {
            if let Some(Ok(output)) = verdict {
                for warning in &output.warnings {
                    eprintln!("warning: listing `{}` ({}): {warning}", listing.id, listing.location());
                }
            }
        }
    }
    eprintln!("{}", summary_line(&run.stats));
    let problems = run.markup_errors.len() + run.stats.failed;
    if problems > 0 {
        bail!("{problems} listing problem(s); see the errors above");
    }
    Ok(())
}

/// The book still builds when a recorded output is stale; the author is told how to fix it.
fn warn_on_drift(root: &std::path::Path, run: &BookRun) {
    for chapter in &run.chapters {
        for (listing, verdict) in chapter.listings.iter().zip(&chapter.verdicts) {
            if let (Some(file), Some(Ok(output))) = (&listing.file, verdict) {
                match compare(root, file, &output.text) {
                    None => {}
                    Some(Drift::Missing) => {
                        eprintln!("warning: listing `{}` has no recorded output; run `cargo xtask bless`", listing.id)
                    }
                    Some(Drift::Differs(diff)) => eprintln!(
                        "warning: listing `{}` drifted from its recorded output; run `cargo xtask bless` if this is intended\n{diff}",
                        listing.id
                    ),
                }
            }
        }
    }
}

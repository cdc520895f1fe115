//! Divergence is data. A listing whose output on the VM differs *materially*
//! from CPython's must say why in its fence (`differs="REASON"`); a listing
//! that says so must still differ. Both are checked on every build, and what
//! they find feeds the generated appendix.
//!
//! "Materially" means: after [`material`], the one normalisation for this
//! comparison (addresses are already normalised for every output, in
//! normalize.rs).

use std::collections::BTreeMap;
use std::path::PathBuf;

use similar::{ChangeTag, TextDiff};

use crate::cpython::CPython;
use crate::listing::{Listing, MarkupError};
use crate::pipeline::{CPythonOutput, CPythonResult, ChapterRun, ListingRecord, Origin};

/// Reduce an output to what matters when comparing implementations:
/// - a traceback keeps its header and its exception line, but not its frames:
///   file names, source lines and the carets under them are laid out
///   differently by each implementation and version, for the same error;
/// - trailing whitespace at the end of lines is dropped.
pub fn material(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_traceback = false;
    for line in text.lines() {
        if line == "Traceback (most recent call last):" {
            in_traceback = true;
        } else if in_traceback && (line.starts_with(' ') || line.starts_with('\t')) {
            continue;
        } else {
            in_traceback = false;
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// One row of the appendix.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub listing_id: String,
    /// "Listing 3.2".
    pub label: String,
    pub chapter_path: PathBuf,
    /// The listing's anchor on its page.
    pub anchor: String,
    /// The reason, or what is compared.
    pub note: String,
    /// The differing lines, as `-`/`+` lines.
    pub changed: String,
}

/// Counts per CPython, compared with the VM.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tally {
    pub agree: usize,
    pub differ: usize,
    pub cannot_run: usize,
}

/// What the check found over the whole book.
#[derive(Debug, Clone, Default)]
pub struct Accounting {
    /// Undeclared divergences and stale declarations: each fails the build.
    pub errors: Vec<MarkupError>,
    /// Every listing that declares a divergence, with its reason.
    pub divergent: Vec<Row>,
    /// Every listing that some CPython cannot run, and why.
    pub cannot_run: Vec<Row>,
    /// Every listing whose output changes between the CPython versions.
    pub cpython_changes: Vec<Row>,
    /// By CPython label ("CPython 3.13.0").
    pub tallies: BTreeMap<String, Tally>,
    /// Listings whose reference output is a stale recording, or missing: not checked.
    pub unchecked: usize,
}

/// Check every listing of the book; `reference` lists CPython versions in
/// order of preference ("3.14", "3.13").
pub fn account(chapters: &[ChapterRun], cpythons: &[CPython], reference: &[String]) -> Accounting {
    let mut accounting = Accounting::default();
    if cpythons.is_empty() {
        return accounting;
    }
    for record in chapters.iter().flat_map(|c| &c.records) {
        let listing = &record.listing;
        tally_and_cannot_run(record, cpythons, &mut accounting);
        if let Some(row) = cpython_changes(record, cpythons) {
            accounting.cpython_changes.push(row);
        }
        let Some(Ok(vm)) = &record.vm else { continue };
        if listing.attrs.language != crate::fence::Language::Python {
            continue;
        }
        let Some((cpython, theirs)) = reference_output(record, cpythons, reference) else {
            accounting.unchecked += 1;
            continue;
        };
        let against = cpython.label(&theirs.version);
        let (ours, theirs_text) = (material(&vm.text), material(&theirs.text));
        let differs = ours != theirs_text;
        match (&listing.attrs.differs, differs) {
            (None, false) => {}
            (Some(reason), true) => accounting.divergent.push(row(listing, format!("{reason} (against {against})"), changed_lines(&ours, &theirs_text))),
            (None, true) => accounting.errors.push(MarkupError {
                chapter_path: listing.chapter_path.clone(),
                line: listing.line,
                message: format!(
                    "listing `{}`: its output on the VM differs from {against}'s, and its fence does not say why; \
                     add differs=\"REASON\" (the mechanism, and the CPython version it holds for){}\n{}",
                    listing.id,
                    theirs.problem.as_ref().map(|p| format!(". On {against}, {p}")).unwrap_or_default(),
                    unified(&ours, &theirs_text, &against)
                ),
            }),
            (Some(reason), false) => accounting.errors.push(MarkupError {
                chapter_path: listing.chapter_path.clone(),
                line: listing.line,
                message: format!(
                    "listing `{}` declares differs=\"{reason}\", but its output on the VM and on {against} now agree; remove the declaration",
                    listing.id
                ),
            }),
        }
    }
    accounting
}

/// The CPython output the VM's is compared with: the first preferred
/// version that ran the listing, from a current source.
fn reference_output<'a>(
    record: &'a ListingRecord,
    cpythons: &'a [CPython],
    reference: &[String],
) -> Option<(&'a CPython, &'a CPythonOutput)> {
    for minor in reference {
        let Some(cpython) = cpythons.iter().find(|c| &c.minor == minor) else { continue };
        match record.cpython.get(&cpython.key()) {
            Some(CPythonResult::Output(output)) if output.origin != Origin::Stale => return Some((cpython, output)),
            Some(CPythonResult::Output(_)) | Some(CPythonResult::Unavailable { .. }) | None => return None,
            Some(CPythonResult::CannotRun { .. }) => continue,
        }
    }
    None
}

fn tally_and_cannot_run(record: &ListingRecord, cpythons: &[CPython], accounting: &mut Accounting) {
    let vm = match &record.vm {
        Some(Ok(vm)) if record.listing.attrs.language == crate::fence::Language::Python => Some(material(&vm.text)),
        _ => None,
    };
    for cpython in cpythons {
        match record.cpython.get(&cpython.key()) {
            Some(CPythonResult::CannotRun { version, reason }) => {
                accounting.tallies.entry(cpython.label(version)).or_default().cannot_run += 1;
                accounting.cannot_run.push(row(
                    &record.listing,
                    format!("{}: {reason}", cpython.label(version)),
                    String::new(),
                ));
            }
            Some(CPythonResult::Output(output)) => {
                if let Some(vm) = &vm {
                    let tally = accounting.tallies.entry(cpython.label(&output.version)).or_default();
                    if *vm == material(&output.text) {
                        tally.agree += 1;
                    } else {
                        tally.differ += 1;
                    }
                }
            }
            _ => {}
        }
    }
}

/// A row when the CPython versions disagree among themselves.
fn cpython_changes(record: &ListingRecord, cpythons: &[CPython]) -> Option<Row> {
    let outputs: Vec<(String, String)> = cpythons
        .iter()
        .filter_map(|c| match record.cpython.get(&c.key()) {
            Some(CPythonResult::Output(o)) if o.origin != Origin::Stale => {
                Some((c.label(&o.version), material(&o.text)))
            }
            _ => None,
        })
        .collect();
    let changes: Vec<String> = outputs
        .windows(2)
        .filter(|pair| pair[0].1 != pair[1].1)
        .map(|pair| format!("{} → {}:\n{}", pair[0].0, pair[1].0, changed_lines(&pair[0].1, &pair[1].1)))
        .collect();
    if changes.is_empty() {
        return None;
    }
    let versions: Vec<&str> = outputs.iter().map(|(label, _)| label.as_str()).collect();
    Some(row(&record.listing, versions.join(", "), changes.join("\n")))
}

fn row(listing: &Listing, note: String, changed: String) -> Row {
    Row {
        listing_id: listing.id.clone(),
        label: listing.label.clone(),
        chapter_path: listing.chapter_path.clone(),
        anchor: listing.anchor(),
        note,
        changed,
    }
}

/// Only the lines that differ, `-` ours and `+` theirs.
fn changed_lines(ours: &str, theirs: &str) -> String {
    TextDiff::from_lines(ours, theirs)
        .iter_all_changes()
        .filter_map(|change| match change.tag() {
            ChangeTag::Equal => None,
            ChangeTag::Delete => Some(format!("- {}", change.value().trim_end())),
            ChangeTag::Insert => Some(format!("+ {}", change.value().trim_end())),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn unified(ours: &str, theirs: &str, against: &str) -> String {
    TextDiff::from_lines(ours, theirs).unified_diff().context_radius(2).header("the VM", against).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tracebacks_compare_by_header_and_exception_only() {
        let vm = "before\nTraceback (most recent call last):\n  File \"a.py\", line 1, in <module>\nZeroDivisionError: division by zero\n";
        let cpython = "before\nTraceback (most recent call last):\n  File \"a.py\", line 1, in <module>\n    1 / 0\n    ~~^~~\nZeroDivisionError: division by zero  \n";
        assert_eq!(material(vm), material(cpython));
        assert_ne!(material(vm), material(&cpython.replace("division by zero", "integer division")));
    }

    #[test]
    fn indented_lines_outside_tracebacks_count() {
        assert_ne!(material("  a\n"), material("  b\n"));
    }

    #[test]
    fn changed_lines_show_both_sides() {
        assert_eq!(changed_lines("a\nb\n", "a\nc\n"), "- b\n+ c");
    }
}

//! Judging a run: did each listing do what its fence promised?

use crate::listing::Listing;
use crate::normalize::normalize_output;
use crate::protocol::{BlockOutcome, Limits};
use crate::runner::{ProcessEnd, RawRun};

/// A listing's output, ready to render.
#[derive(Debug, Clone, PartialEq)]
pub struct ListingOutput {
    pub text: String,
    /// The exception the listing was expected to raise, and did.
    pub raised: Option<String>,
    /// Things worth telling the author that do not fail the build.
    pub warnings: Vec<String>,
}

/// A listing that did not do what its fence promised.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    pub listing_id: String,
    /// `book/chapter.md:LINE`.
    pub location: String,
    pub file: Option<String>,
    pub expected: Expected,
    pub actual: Actual,
    pub output: String,
}

/// What a listing's fence promised. `Display` says it to the author.
#[derive(Debug, Clone, PartialEq)]
pub enum Expected {
    /// No `expect-error=`: it runs to its end without an exception.
    Completes,
    /// `expect-error=NAME`.
    Raises(String),
    /// A Rust listing: its program builds and runs.
    BuildsAndRuns,
}

/// What a listing did instead. `Display` says it to the author.
#[derive(Debug, Clone, PartialEq)]
pub enum Actual {
    RanWithoutRaising,
    /// Raised this exception class (or an exception that was not expected).
    Raised(String),
    /// Called `sys.exit(code)` with a nonzero code, or where it should have raised.
    CalledExit(i32),
    /// Its process ended otherwise: a timeout, a signal, `os._exit`.
    ProcessEnded {
        end: ProcessEnd,
        limits: Limits,
        /// The allocator's own message is in the output.
        out_of_memory: bool,
        /// It ended after the listing's last line ran (at interpreter shutdown).
        after_last_line: bool,
    },
    /// An earlier block of its session ended the session first.
    NeverRan,
    /// It could not run at all, and why (a Rust program that does not compile, say).
    CannotRun(String),
}

impl std::fmt::Display for Expected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Expected::Completes => write!(f, "it runs to its end without an exception"),
            Expected::Raises(name) => write!(f, "it raises {name}"),
            Expected::BuildsAndRuns => write!(f, "it builds and runs"),
        }
    }
}

impl std::fmt::Display for Actual {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Actual::RanWithoutRaising => write!(f, "it ran to its end without raising"),
            Actual::Raised(name) => write!(f, "it raised {name}"),
            Actual::CalledExit(code) => write!(f, "it called sys.exit({code})"),
            Actual::ProcessEnded { end, limits, out_of_memory, after_last_line } => {
                if *after_last_line {
                    write!(f, "after its last line, ")?;
                }
                write!(f, "{}", describe_end(end, limits, *out_of_memory))
            }
            Actual::NeverRan => write!(f, "it never ran: an earlier block of its session ended the session"),
            Actual::CannotRun(reason) => write!(f, "{reason}"),
        }
    }
}

pub type Verdict = Result<ListingOutput, Failure>;

/// How far a member of a unit got.
enum Progress<'a> {
    Reported(&'a BlockOutcome),
    /// It was running when the worker stopped.
    Interrupted,
    /// An earlier block ended the session first.
    NotReached,
}

/// Judge every member of a unit from the unit's run.
pub fn judge(members: &[&Listing], run: &RawRun, limits: &Limits, output_limit: u64) -> Vec<Verdict> {
    let reported = run.blocks.len();
    let session_went_on = run.blocks.last().is_none_or(|(outcome, _)| *outcome != BlockOutcome::Exited { code: 0 });
    let mut verdicts = Vec::with_capacity(members.len());
    let mut start = 0usize;
    for (index, listing) in members.iter().enumerate() {
        let is_last_reached = index + 1 == reported && (reported == members.len() || !session_went_on);
        let progress = match run.blocks.get(index) {
            Some((outcome, _)) => Progress::Reported(outcome),
            None if index == reported && session_went_on => Progress::Interrupted,
            None => Progress::NotReached,
        };
        // A block's output runs to the next report; the last block reached also
        // gets what was written while the interpreter shut down.
        let end = match (&progress, run.blocks.get(index)) {
            (Progress::Reported(_), Some((_, end))) if !is_last_reached => *end as usize,
            (Progress::NotReached, _) => start,
            _ => run.output.len(),
        }
        .clamp(start, run.output.len());
        let mut text = normalize_output(&run.output[start..end]);
        start = end;
        let mut warnings = Vec::new();
        let cut_here = run.truncated && end == run.output.len() && !matches!(progress, Progress::NotReached);
        if cut_here {
            text.push_str(&format!("\n[… output cut at {} KiB; the listing was stopped …]\n", output_limit / 1024));
            warnings.push(format!("output passed the limit of {} KiB and was cut", output_limit / 1024));
        }
        let fail = |expected: Expected, actual: Actual, text: String| Failure {
            listing_id: listing.id.clone(),
            location: listing.location(),
            file: listing.file.as_ref().map(|f| f.display().to_string()),
            expected,
            actual,
            output: text,
        };
        let expected = match &listing.attrs.expect_error {
            Some(name) => Expected::Raises(name.clone()),
            None => Expected::Completes,
        };
        let ended = |end: &ProcessEnd, after_last_line: bool| Actual::ProcessEnded {
            end: end.clone(),
            limits: *limits,
            out_of_memory: text.contains("memory allocation of"),
            after_last_line,
        };
        let verdict = match progress {
            Progress::Reported(outcome) => judge_outcome(listing, outcome, text.clone())
                .map_err(|actual| fail(expected.clone(), actual, text.clone()))
                .and_then(|mut output| {
                    // A clean block can still be spoiled by what happens at shutdown.
                    if is_last_reached && !run.finished && !cut_here && !exited_early(outcome) {
                        Err(fail(expected.clone(), ended(&run.end, true), text.clone()))
                    } else {
                        output.warnings.extend(warnings.clone());
                        Ok(output)
                    }
                }),
            Progress::Interrupted if cut_here => Ok(ListingOutput { text, raised: None, warnings }),
            Progress::Interrupted => match (&run.end, &listing.attrs.expect_error) {
                (ProcessEnd::Exited { code: 0 }, None) => Ok(ListingOutput { text, raised: None, warnings }),
                (end, _) => Err(fail(expected, ended(end, false), text)),
            },
            Progress::NotReached => Err(fail(expected, Actual::NeverRan, text)),
        };
        verdicts.push(verdict);
    }
    verdicts
}

fn exited_early(outcome: &BlockOutcome) -> bool {
    matches!(outcome, BlockOutcome::Exited { .. })
}

/// Compare a reported outcome with the fence's promise; `Err` says what happened instead.
fn judge_outcome(listing: &Listing, outcome: &BlockOutcome, text: String) -> Result<ListingOutput, Actual> {
    let expect = listing.attrs.expect_error.as_deref();
    match (outcome, expect) {
        (BlockOutcome::Completed | BlockOutcome::Exited { code: 0 }, None) => {
            Ok(ListingOutput { text, raised: None, warnings: vec![] })
        }
        (BlockOutcome::Completed | BlockOutcome::Exited { code: 0 }, Some(_)) => Err(Actual::RanWithoutRaising),
        (BlockOutcome::Raised { mro }, Some(name)) if mro.iter().any(|n| n == name) => {
            Ok(ListingOutput { text, raised: Some(name.to_string()), warnings: vec![] })
        }
        (BlockOutcome::Raised { mro }, _) => {
            Err(Actual::Raised(mro.first().cloned().unwrap_or_else(|| "an exception".into())))
        }
        (BlockOutcome::Exited { .. }, Some("SystemExit")) => {
            Ok(ListingOutput { text, raised: Some("SystemExit".into()), warnings: vec![] })
        }
        (BlockOutcome::Exited { code }, _) => Err(Actual::CalledExit(*code)),
    }
}

/// Say in words how the worker process ended.
fn describe_end(end: &ProcessEnd, limits: &Limits, out_of_memory: bool) -> String {
    match end {
        ProcessEnd::TimedOut { seconds } => {
            format!("it timed out after {seconds} s (wall clock); its process group was killed")
        }
        ProcessEnd::Exited { code } => {
            format!("its process exited with status {code} before the listing finished (os._exit?)")
        }
        ProcessEnd::Signalled { signal } => {
            let name = signal_name(*signal);
            let hint = match *signal {
                libc::SIGXCPU => format!(": the CPU-time limit of {} s was reached", limits.cpu_seconds),
                libc::SIGXFSZ => format!(": a file grew past the file-size limit of {} MiB", limits.file_size_mb),
                _ if out_of_memory => {
                    format!(": out of memory (the memory limit is {} MiB)", limits.memory_mb)
                }
                libc::SIGSEGV => ": the VM crashed, possibly a native stack overflow".to_string(),
                _ => String::new(),
            };
            format!("its process was killed by signal {signal} ({name}){hint}")
        }
    }
}

fn signal_name(signal: i32) -> &'static str {
    match signal {
        libc::SIGABRT => "SIGABRT",
        libc::SIGKILL => "SIGKILL",
        libc::SIGSEGV => "SIGSEGV",
        libc::SIGBUS => "SIGBUS",
        libc::SIGTERM => "SIGTERM",
        libc::SIGINT => "SIGINT",
        libc::SIGXCPU => "SIGXCPU",
        libc::SIGXFSZ => "SIGXFSZ",
        libc::SIGPIPE => "SIGPIPE",
        libc::SIGFPE => "SIGFPE",
        libc::SIGILL => "SIGILL",
        _ => "signal",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fence::Attrs;

    fn listing(expect: Option<&str>) -> Listing {
        Listing {
            id: "ch/1".into(),
            label: "Listing 1.1".into(),
            chapter_path: "book/ch.md".into(),
            line: 7,
            span: 0..0,
            attrs: Attrs { expect_error: expect.map(String::from), ..Attrs::default() },
            source: String::new(),
            file: None,
        }
    }

    const LIMITS: Limits = Limits { memory_mb: 64, cpu_seconds: 2, file_size_mb: 1 };

    fn run(blocks: Vec<(BlockOutcome, u64)>, output: &str, end: ProcessEnd, finished: bool) -> RawRun {
        RawRun { blocks, finished, output: output.as_bytes().to_vec(), truncated: false, end, seconds: 0.0 }
    }

    fn ok() -> ProcessEnd {
        ProcessEnd::Exited { code: 0 }
    }

    #[test]
    fn session_output_is_split_at_block_ends() {
        let (a, b) = (listing(None), listing(None));
        let raw = run(vec![(BlockOutcome::Completed, 2), (BlockOutcome::Completed, 4)], "1\n2\nbye\n", ok(), true);
        let verdicts = judge(&[&a, &b], &raw, &LIMITS, 1024);
        assert_eq!(verdicts[0].as_ref().unwrap().text, "1\n");
        assert_eq!(verdicts[1].as_ref().unwrap().text, "2\nbye\n");
    }

    #[test]
    fn expected_error_must_be_raised() {
        let l = listing(Some("ZeroDivisionError"));
        let raised = BlockOutcome::Raised { mro: vec!["ZeroDivisionError".into(), "ArithmeticError".into()] };
        let verdict = &judge(&[&l], &run(vec![(raised, 5)], "Trace", ok(), true), &LIMITS, 1024)[0];
        assert_eq!(verdict.as_ref().unwrap().raised.as_deref(), Some("ZeroDivisionError"));

        let failure = judge(&[&l], &run(vec![(BlockOutcome::Completed, 0)], "", ok(), true), &LIMITS, 1024)[0]
            .clone()
            .unwrap_err();
        assert_eq!(failure.expected, Expected::Raises("ZeroDivisionError".into()));
        assert_eq!(failure.actual, Actual::RanWithoutRaising);
        assert_eq!(failure.expected.to_string(), "it raises ZeroDivisionError");
        assert_eq!(failure.actual.to_string(), "it ran to its end without raising");
        assert_eq!(failure.location, "book/ch.md:7");
    }

    #[test]
    fn a_base_class_name_matches_and_a_different_error_fails() {
        let l = listing(Some("ArithmeticError"));
        let raised = BlockOutcome::Raised { mro: vec!["ZeroDivisionError".into(), "ArithmeticError".into()] };
        assert!(judge(&[&l], &run(vec![(raised, 0)], "", ok(), true), &LIMITS, 1024)[0].is_ok());
        let l = listing(Some("KeyError"));
        let raised = BlockOutcome::Raised { mro: vec!["ValueError".into()] };
        let failure = judge(&[&l], &run(vec![(raised, 0)], "", ok(), true), &LIMITS, 1024)[0].clone().unwrap_err();
        assert_eq!(failure.actual, Actual::Raised("ValueError".into()));
    }

    #[test]
    fn sys_exit_nonzero_fails_and_zero_passes() {
        let l = listing(None);
        let f = judge(&[&l], &run(vec![(BlockOutcome::Exited { code: 3 }, 0)], "", ok(), true), &LIMITS, 1024);
        assert_eq!(f[0].clone().unwrap_err().actual, Actual::CalledExit(3));
        let p = judge(&[&l], &run(vec![(BlockOutcome::Exited { code: 0 }, 0)], "", ok(), true), &LIMITS, 1024);
        assert!(p[0].is_ok());
    }

    #[test]
    fn deaths_are_described() {
        let l = listing(None);
        let timed_out = run(vec![], "", ProcessEnd::TimedOut { seconds: 1.0 }, false);
        assert!(judge(&[&l], &timed_out, &LIMITS, 1024)[0]
            .clone()
            .unwrap_err()
            .actual
            .to_string()
            .contains("timed out after 1 s"));
        let cpu = run(vec![], "", ProcessEnd::Signalled { signal: libc::SIGXCPU }, false);
        assert!(judge(&[&l], &cpu, &LIMITS, 1024)[0]
            .clone()
            .unwrap_err()
            .actual
            .to_string()
            .contains("CPU-time limit of 2 s"));
        let oom = run(
            vec![],
            "memory allocation of 99 bytes failed\n",
            ProcessEnd::Signalled { signal: libc::SIGABRT },
            false,
        );
        assert!(judge(&[&l], &oom, &LIMITS, 1024)[0].clone().unwrap_err().actual.to_string().contains("out of memory"));
        let exit = run(vec![], "", ProcessEnd::Exited { code: 4 }, false);
        assert!(judge(&[&l], &exit, &LIMITS, 1024)[0].clone().unwrap_err().actual.to_string().contains("status 4"));
    }

    #[test]
    fn truncated_output_warns_and_is_marked() {
        let l = listing(None);
        let mut raw = run(vec![], "yyyy", ProcessEnd::Signalled { signal: libc::SIGKILL }, false);
        raw.truncated = true;
        let out = judge(&[&l], &raw, &LIMITS, 4096)[0].clone().unwrap();
        assert!(out.text.starts_with("yyyy\n[… output cut at 4 KiB"));
        assert_eq!(out.warnings.len(), 1);
    }

    #[test]
    fn blocks_after_sys_exit_never_run() {
        let (a, b) = (listing(None), listing(None));
        let raw = run(vec![(BlockOutcome::Exited { code: 0 }, 0)], "", ok(), true);
        let verdicts = judge(&[&a, &b], &raw, &LIMITS, 1024);
        assert!(verdicts[0].is_ok());
        assert_eq!(verdicts[1].clone().unwrap_err().actual, Actual::NeverRan);
    }
}

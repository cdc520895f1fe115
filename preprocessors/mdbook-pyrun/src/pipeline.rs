//! Running every listing of a set of chapters, in visible stages:
//!
//! 1. **collect** the listings of each chapter ([`crate::listing`]);
//! 2. **plan** the work: each unit on the VM (or as a Rust program), and on
//!    each configured CPython, unless a current recording or a missing
//!    capability settles it without running;
//! 3. take what the **cache** already holds;
//! 4. **execute** the rest in parallel, each on its implementation;
//! 5. **judge** every result into one [`ListingRecord`] per listing.
//!
//! Rendering, divergence checks and recordings work on the records afterwards.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use rayon::prelude::*;

use crate::artifacts::{build_listings, Built};
use crate::cache::{cache_key, Cache};
use crate::config::Config;
use crate::cpython::{discover, lacks, CPython, Engine};
use crate::divergence::{account, Accounting};
use crate::fence::Language;
use crate::listing::{collect_listings, units_of, ChapterInput, Listing, MarkupError, Unit};
use crate::progress::{Progress, Stats};
use crate::protocol::{InputFile, Job};
use crate::recordings::{self, source_hash, ChapterRecordings, Recording};
use crate::runner::{run_job, run_native, run_program, ProcessEnd, PyodidePool, RawRun, Sandboxed, Zygote};
use crate::verdict::{judge, Actual, Expected, Failure, Verdict};

/// Which outputs a run must produce afresh.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A book build: CPython's outputs come from current recordings; a CPython
    /// that is present re-runs only the listings whose recording is stale or missing.
    Build,
    /// `check` and `bless`: every CPython present runs every listing (through the cache).
    Everything,
}

/// Where a listing's output on one CPython came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Run in this build, or taken from the run cache.
    Ran,
    /// A recording of the listing's current source.
    Recorded,
    /// A recording of an earlier version of the listing: shown, marked stale.
    Stale,
}

/// A listing's output on one CPython.
#[derive(Debug, Clone, PartialEq)]
pub struct CPythonOutput {
    pub version: String,
    pub text: String,
    /// The exception it was expected to raise, and did.
    pub raised: Option<String>,
    /// What it did instead of what its fence promised (it raised, say).
    pub problem: Option<String>,
    pub origin: Origin,
}

/// What one CPython made of one listing.
#[derive(Debug, Clone, PartialEq)]
pub enum CPythonResult {
    Output(CPythonOutput),
    /// This CPython lacks what the listing needs.
    CannotRun {
        version: String,
        reason: String,
    },
    /// Not run here (the interpreter is missing) and never recorded.
    Unavailable {
        reason: String,
    },
}

/// Everything known about one listing after the run.
#[derive(Debug, Clone)]
pub struct ListingRecord {
    pub listing: Listing,
    /// The VM's verdict (or a Rust program's); `None` when it does not run there.
    pub vm: Option<Verdict>,
    /// Each configured CPython's result, by recording key (`cpython-3.13`).
    pub cpython: BTreeMap<String, CPythonResult>,
    /// The hash of the source its unit ran, which recordings are tied to.
    pub source_hash: Option<String>,
}

pub struct ChapterRun {
    pub input: ChapterInput,
    pub records: Vec<ListingRecord>,
    /// Where this chapter's CPython recordings live, and what they held.
    pub recordings_path: PathBuf,
    pub recorded: ChapterRecordings,
}

pub struct BookRun {
    pub chapters: Vec<ChapterRun>,
    pub markup_errors: Vec<MarkupError>,
    /// The configured CPythons, found or not.
    pub cpythons: Vec<CPython>,
    pub warnings: Vec<String>,
    /// Divergences between the VM and CPython, checked; and the appendix's data.
    pub accounting: Accounting,
    pub stats: Stats,
}

impl BookRun {
    pub fn records(&self) -> impl Iterator<Item = &ListingRecord> {
        self.chapters.iter().flat_map(|c| &c.records)
    }

    pub fn failures(&self) -> impl Iterator<Item = &Failure> {
        self.records().filter_map(|r| r.vm.as_ref()?.as_ref().err())
    }
}

/// What runs a unit.
#[derive(Debug, Clone, PartialEq)]
enum Target {
    Vm,
    /// A compiled Rust listing.
    Program(PathBuf),
    /// The CPython at this index of [`BookRun::cpythons`].
    CPython(usize),
}

/// One unit of work: a unit of some chapter on one target, with its job and cache key.
struct Work {
    chapter: usize,
    unit: Unit,
    job: Job,
    target: Target,
    timeout: Duration,
    key: String,
}

/// The executable that serves as zygote and workers: our own binary.
pub fn worker_exe() -> Result<PathBuf> {
    Ok(std::env::current_exe()?)
}

/// The identity of the code that runs listings on the VM, for cache keys: a
/// change to the worker must never reuse outputs of the old one. Hashing the
/// binary (tens of MB, memory-mapped) takes milliseconds.
fn worker_identity(worker_exe: &Path) -> Result<String> {
    let mut hasher = blake3::Hasher::new();
    hasher.update_mmap(worker_exe).with_context(|| format!("hashing {}", worker_exe.display()))?;
    Ok(hasher.finalize().to_hex().to_string())
}

pub fn run_book(
    chapters: &[ChapterInput],
    root: &Path,
    config: &Config,
    worker_exe: &Path,
    mode: Mode,
) -> Result<BookRun> {
    let started = Instant::now();
    let root = root.canonicalize().with_context(|| format!("finding the book root {}", root.display()))?;
    let cpythons = config.cpython.as_ref().map(|c| discover(c, &root)).unwrap_or_default();
    let mut warnings: Vec<String> = cpythons
        .iter()
        .filter_map(|c| {
            c.engine
                .as_ref()
                .err()
                .map(|why| format!("CPython {} is not available ({why}): its recorded outputs are shown", c.minor))
        })
        .collect();

    // 1. Collect.
    let (mut runs, markup_errors) = collect(chapters, &root, config)?;

    // 2. Plan.
    let built = build_artifacts(&root, &runs, config)?;
    let vm_identity = worker_identity(worker_exe)?;
    let mut work = Vec::new();
    for chapter_index in 0..runs.len() {
        for unit in units_of(&listings_of(&runs[chapter_index])) {
            plan_unit(
                &root,
                &mut runs,
                chapter_index,
                unit,
                config,
                &built,
                &cpythons,
                mode,
                &vm_identity,
                &mut work,
                &mut warnings,
            );
        }
    }

    // 3. Cache.
    let cache = Cache::new(root.join(&config.cache_dir));
    let cached: Vec<Option<RawRun>> =
        work.iter().map(|w| if config.force { None } else { cache.get(&w.key) }).collect();
    let to_run: Vec<usize> = (0..work.len()).filter(|&i| cached[i].is_none()).collect();

    // 4. Execute.
    let fresh = execute(&work, &to_run, &runs, &cpythons, config, worker_exe, cache.dir())?;

    // 5. Judge.
    let mut stats = Stats {
        units: work.len(),
        units_cached: work.len() - to_run.len(),
        units_run: to_run.len(),
        ..Stats::default()
    };
    let mut fresh = to_run.iter().copied().zip(fresh).collect::<HashMap<_, _>>();
    for (i, w) in work.iter().enumerate() {
        let (run, ran_now) = match cached[i].clone() {
            Some(run) => (run, false),
            None => (fresh.remove(&i).expect("every uncached unit ran")?, true),
        };
        let chapter = &mut runs[w.chapter];
        let members: Vec<&Listing> = w.unit.members.iter().map(|&m| &chapter.records[m].listing).collect();
        let verdicts = judge(&members, &run, &w.job.limits, config.output_limit());
        let cacheable = match w.target {
            // A failed run is not cached: the author will want it re-run.
            Target::Vm | Target::Program(_) => verdicts.iter().all(Result::is_ok),
            // CPython's failures are data (a divergence), unless the machine was the cause.
            Target::CPython(_) => !matches!(run.end, ProcessEnd::TimedOut { .. } | ProcessEnd::Signalled { .. }),
        };
        if ran_now {
            stats.slowest.push((members[0].id.clone(), run.seconds));
            if cacheable {
                if let Err(err) = cache.put(&w.key, &run) {
                    eprintln!("pyrun: warning: cannot write to the cache in {}: {err}", cache.dir().display());
                }
            }
        }
        for (&member, verdict) in w.unit.members.iter().zip(verdicts) {
            let record = &mut chapter.records[member];
            match w.target {
                Target::Vm | Target::Program(_) => record.vm = Some(verdict),
                Target::CPython(index) => {
                    let cpython = &cpythons[index];
                    let version = cpython.version.clone().unwrap_or_default();
                    let output = match verdict {
                        Ok(out) => CPythonOutput {
                            version,
                            text: out.text,
                            raised: out.raised,
                            problem: None,
                            origin: Origin::Ran,
                        },
                        Err(failure) => CPythonOutput {
                            version,
                            text: failure.output,
                            raised: None,
                            problem: Some(failure.actual.to_string()),
                            origin: Origin::Ran,
                        },
                    };
                    record.cpython.insert(cpython.key(), CPythonResult::Output(output));
                }
            }
        }
    }
    stats.slowest.sort_by(|a, b| b.1.total_cmp(&a.1));
    stats.slowest.truncate(3);
    stats.listings = runs.iter().map(|c| c.records.len()).sum();
    let reference = config.cpython.as_ref().map(|c| c.reference.clone()).unwrap_or_default();
    let accounting = account(&runs, &cpythons, &reference);
    let mut book = BookRun { chapters: runs, markup_errors, cpythons, warnings, accounting, stats };
    book.stats.failed = book.failures().count();
    book.stats.seconds = started.elapsed().as_secs_f64();
    Ok(book)
}

/// Stage 1: every chapter's listings, their recordings, and markup errors
/// (including an id used twice).
fn collect(chapters: &[ChapterInput], root: &Path, config: &Config) -> Result<(Vec<ChapterRun>, Vec<MarkupError>)> {
    let mut markup_errors = Vec::new();
    let mut runs = Vec::new();
    let mut first_seen: HashMap<String, String> = HashMap::new();
    for chapter in chapters {
        let (listings, errors) = collect_listings(chapter, root, config);
        markup_errors.extend(errors);
        for listing in &listings {
            if let Some(previous) = first_seen.insert(listing.id.clone(), listing.location()) {
                markup_errors.push(MarkupError {
                    chapter_path: listing.chapter_path.clone(),
                    line: listing.line,
                    message: format!("listing id `{}` is already used at {previous}", listing.id),
                });
            }
        }
        let recordings_path = recordings::recordings_path(&config.listings, &chapter.slug());
        let recorded = if config.cpython.is_some() {
            recordings::load(root, &recordings_path)?
        } else {
            ChapterRecordings::default()
        };
        let records = listings
            .into_iter()
            .map(|listing| ListingRecord { listing, vm: None, cpython: BTreeMap::new(), source_hash: None })
            .collect();
        runs.push(ChapterRun { input: chapter.clone(), records, recordings_path, recorded });
    }
    Ok((runs, markup_errors))
}

fn listings_of(chapter: &ChapterRun) -> Vec<Listing> {
    chapter.records.iter().map(|r| r.listing.clone()).collect()
}

/// Stage 2 for one unit: its work on the VM and on each CPython, or the
/// results that need no run.
#[allow(clippy::too_many_arguments)]
fn plan_unit(
    root: &Path,
    runs: &mut [ChapterRun],
    chapter_index: usize,
    unit: Unit,
    config: &Config,
    built: &Built,
    cpythons: &[CPython],
    mode: Mode,
    vm_identity: &str,
    work: &mut Vec<Work>,
    warnings: &mut Vec<String>,
) {
    let chapter = &mut runs[chapter_index];
    let listings = listings_of(chapter);
    let members = || unit.members.iter().map(|&m| &listings[m]);
    let first = &listings[unit.members[0]];
    let timeout = unit.timeout(&listings, config);
    let output_limit = config.output_limit();

    // The VM, or the Rust program.
    if members().all(Listing::runs_on_vm) {
        match plan_vm(root, &listings, &unit, config, built) {
            Ok((job, target)) => {
                let program_hash = match &target {
                    Target::Program(program) => built.hash_of(program).ok(),
                    _ => Some(vm_identity.to_string()),
                };
                let key = cache_key(&job, program_hash.as_deref(), timeout, output_limit);
                work.push(Work { chapter: chapter_index, unit: unit.clone(), job, target, timeout, key });
            }
            Err((reason, details)) => {
                for &member in &unit.members {
                    let listing = &listings[member];
                    chapter.records[member].vm = Some(Err(Failure {
                        listing_id: listing.id.clone(),
                        location: listing.location(),
                        file: listing.file.as_ref().map(|f| f.display().to_string()),
                        expected: Expected::BuildsAndRuns,
                        actual: Actual::CannotRun(reason.clone()),
                        output: details.clone(),
                    }));
                }
            }
        }
    }
    if first.attrs.language != Language::Python {
        return;
    }

    // Each CPython, with the same files copied in as on the VM (a cdylib for ctypes, say).
    let job = match job_with_files(&listings, &unit, config, built) {
        Ok(job) => job,
        Err((reason, details)) => {
            // Reported once, as the VM's failure, unless the VM had no part in it.
            for &member in &unit.members {
                let listing = &listings[member];
                chapter.records[member].vm.get_or_insert_with(|| {
                    Err(Failure {
                        listing_id: listing.id.clone(),
                        location: listing.location(),
                        file: listing.file.as_ref().map(|f| f.display().to_string()),
                        expected: Expected::BuildsAndRuns,
                        actual: Actual::CannotRun(reason.clone()),
                        output: details.clone(),
                    })
                });
            }
            return;
        }
    };
    let hash = source_hash(&job.blocks);
    for &member in &unit.members {
        chapter.records[member].source_hash = Some(hash.clone());
    }
    for (index, cpython) in cpythons.iter().enumerate() {
        let key = cpython.key();
        let version = || cpython.version.clone().unwrap_or_else(|| cpython.minor.clone());
        // A `cdylib=` library is native code for this machine, which WebAssembly cannot load.
        let implicit = members().any(|l| l.attrs.cdylib.is_some()).then_some("native-library");
        let needs = members().flat_map(|l| l.attrs.needs.iter().map(String::as_str)).chain(implicit);
        let lacking = needs.into_iter().find_map(|need| lacks(cpython, need));
        if let Some(reason) = lacking {
            for &member in &unit.members {
                chapter.records[member]
                    .cpython
                    .insert(key.clone(), CPythonResult::CannotRun { version: version(), reason: reason.clone() });
            }
            continue;
        }
        let recorded: Vec<Option<&Recording>> =
            members().map(|l| chapter.recorded.listing.get(&l.id).and_then(|by_impl| by_impl.get(&key))).collect();
        let current = recorded.iter().all(|r| r.is_some_and(|r| r.source == hash && r.output.is_some()));
        let run_it = cpython.engine.is_ok() && (mode == Mode::Everything || !current);
        if run_it {
            let identity = format!("{} {}", cpython.identity(), crate::runner::cpython_runner_identity());
            let cache_key = cache_key(&job, Some(&identity), timeout, output_limit);
            work.push(Work {
                chapter: chapter_index,
                unit: unit.clone(),
                job: job.clone(),
                target: Target::CPython(index),
                timeout,
                key: cache_key,
            });
            continue;
        }
        let results: Vec<CPythonResult> = recorded
            .iter()
            .map(|recording| match recording {
                Some(Recording { output: Some(text), version, raised, problem, source, .. }) => {
                    let origin = if *source == hash { Origin::Recorded } else { Origin::Stale };
                    CPythonResult::Output(CPythonOutput {
                        version: version.clone(),
                        text: text.clone(),
                        raised: raised.clone(),
                        problem: problem.clone(),
                        origin,
                    })
                }
                _ => CPythonResult::Unavailable {
                    reason: cpython.engine.as_ref().err().cloned().unwrap_or_else(|| "not recorded".into()),
                },
            })
            .collect();
        for (&member, result) in unit.members.iter().zip(results) {
            let listing = &listings[member];
            match &result {
                CPythonResult::Output(CPythonOutput { origin: Origin::Stale, .. }) => warnings.push(format!(
                    "listing `{}` ({}): its CPython {} recording is of an earlier version of the listing, and CPython {} is not here to re-run it; run `cargo xtask bless` where it is",
                    listing.id, listing.location(), cpython.minor, cpython.minor
                )),
                CPythonResult::Unavailable { .. } => warnings.push(format!(
                    "listing `{}` ({}) has no CPython {} output: none is recorded and CPython {} is not here to run it",
                    listing.id, listing.location(), cpython.minor, cpython.minor
                )),
                _ => {}
            }
            chapter.records[member].cpython.insert(key.clone(), result);
        }
    }
}

/// Build the Rust listings when a Rust listing or a `cdylib=` attribute needs it.
fn build_artifacts(root: &Path, chapters: &[ChapterRun], config: &Config) -> Result<Built> {
    let needed = chapters
        .iter()
        .flat_map(|c| &c.records)
        .any(|r| r.listing.runs() && (r.listing.attrs.language == Language::Rust || r.listing.attrs.cdylib.is_some()));
    if !needed {
        return Ok(Built::default());
    }
    build_listings(root, &root.join(&config.listings))
}

/// Why a unit cannot run at all, and the details (a compiler's errors, say).
type Unrunnable = (String, String);

/// The VM job for a unit, with the files it needs copied in, or its Rust program.
fn plan_vm(
    root: &Path,
    listings: &[Listing],
    unit: &Unit,
    config: &Config,
    built: &Built,
) -> Result<(Job, Target), Unrunnable> {
    let job = job_with_files(listings, unit, config, built)?;
    let first = &listings[unit.members[0]];
    if first.attrs.language == Language::Python {
        return Ok((job, Target::Vm));
    }
    let source = root.join(first.file.as_ref().expect("Rust listings have files"));
    let source = source.canonicalize().unwrap_or(source);
    if let Some(errors) = built.errors.get(&source) {
        return Err(("it does not compile".into(), errors.join("\n")));
    }
    match built.programs.get(&source) {
        Some(program) => Ok((job, Target::Program(program.clone()))),
        None => Err((
            "cargo built no program from this file (is it a `[[bin]]` or under src/bin/?)".into(),
            built.other_errors.join("\n"),
        )),
    }
}

/// A unit's job, with the libraries its `cdylib=` attributes name copied in.
fn job_with_files(listings: &[Listing], unit: &Unit, config: &Config, built: &Built) -> Result<Job, Unrunnable> {
    let mut job = unit.job(listings, config);
    for cdylib in unit.members.iter().filter_map(|&m| listings[m].attrs.cdylib.as_ref()) {
        let Some(library) = built.cdylibs.get(cdylib) else {
            return Err((format!("cargo built no cdylib for package `{cdylib}`"), built.other_errors.join("\n")));
        };
        let name = library.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let blake3 =
            built.hash_of(library).map_err(|e| (format!("cannot read {}: {e}", library.display()), String::new()))?;
        job.files.push(InputFile { name, source: library.clone(), blake3 });
    }
    Ok(job)
}

/// Stage 4: run the uncached work in parallel, each unit on its target.
fn execute(
    work: &[Work],
    to_run: &[usize],
    runs: &[ChapterRun],
    cpythons: &[CPython],
    config: &Config,
    worker_exe: &Path,
    cache_dir: &Path,
) -> Result<Vec<Result<RawRun>>> {
    let progress = Progress::start(to_run.len(), config.jobs());
    // One Pyodide pool per Pyodide-backed CPython that has work. Each starts
    // its first host at once, in the background: first, because it is the
    // slowest thing to start.
    let pools: HashMap<usize, PyodidePool> = cpythons
        .iter()
        .enumerate()
        .filter(|(index, _)| to_run.iter().any(|&i| work[i].target == Target::CPython(*index)))
        .filter_map(|(index, cpython)| match &cpython.engine {
            Ok(Engine::Pyodide { node, dist }) => {
                Some(PyodidePool::new(node, dist, cache_dir).map(|pool| (index, pool)))
            }
            _ => None,
        })
        .collect::<Result<_>>()?;
    let needs_vm = to_run.iter().any(|&i| work[i].target == Target::Vm);
    let zygote = if needs_vm { Some(Zygote::start(worker_exe)?) } else { None };
    let sandbox = Sandboxed { trampoline: worker_exe.to_path_buf() };
    if !to_run.is_empty() {
        let gaps = crate::sandbox::probe(worker_exe);
        if !gaps.0.is_empty() {
            eprintln!("pyrun: warning: listings run with less isolation than they should here: {}", gaps.0.join("; "));
        }
    }
    let threads = rayon::ThreadPoolBuilder::new().num_threads(config.jobs()).build()?;
    // Pyodide's units first, so that the slowest starts on a free thread.
    let mut order: Vec<usize> = (0..to_run.len()).collect();
    order.sort_by_key(|&k| !matches!(work[to_run[k]].target, Target::CPython(index) if pools.contains_key(&index)));
    let mut fresh: Vec<(usize, Result<RawRun>)> = threads.install(|| {
        order
            .par_iter()
            .map(|&k| {
                let i = to_run[k];
                let w = &work[i];
                let limit = config.output_limit();
                let run = match &w.target {
                    Target::Program(program) => run_program(program, &sandbox, &w.job, w.timeout, limit),
                    Target::Vm => {
                        run_job(zygote.as_ref().expect("a zygote when there is VM work"), &w.job, w.timeout, limit)
                    }
                    Target::CPython(index) => match (&cpythons[*index].engine, pools.get(index)) {
                        (Ok(Engine::Native(python)), _) => run_native(python, &sandbox, &w.job, w.timeout, limit),
                        (_, Some(pool)) => pool.run(&w.job, w.timeout, limit),
                        _ => unreachable!("only available CPythons get work"),
                    },
                };
                progress.finished(&runs[w.chapter].records[w.unit.members[0]].listing.id);
                (k, run)
            })
            .collect()
    });
    progress.clear();
    fresh.sort_by_key(|(k, _)| *k);
    Ok(fresh.into_iter().map(|(_, run)| run).collect())
}

//! Running every listing of a set of chapters: collect, consult the cache, run
//! the rest in parallel in worker processes, and judge each result.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use rayon::prelude::*;

use crate::cache::{cache_key, Cache};
use crate::config::Config;
use crate::listing::{collect_listings, units_of, ChapterInput, Listing, MarkupError, Unit};
use crate::progress::Progress;
use crate::protocol::Job;
use crate::artifacts::{build_listings, Built};
use crate::fence::Language;
use crate::protocol::InputFile;
use crate::runner::{run_job, run_program, RawRun, Zygote};
use crate::verdict::{judge, Failure, Verdict};

/// The listings of one chapter and, for each, its verdict (`None` for `norun`).
pub struct ChapterRun {
    pub listings: Vec<Listing>,
    pub verdicts: Vec<Option<Verdict>>,
}

/// Figures for the summary line and the benchmark.
#[derive(Debug, Default, Clone)]
pub struct Stats {
    pub listings: usize,
    pub units: usize,
    pub units_run: usize,
    pub units_cached: usize,
    pub failed: usize,
    pub seconds: f64,
    /// The slowest units that ran, by first listing id, slowest first.
    pub slowest: Vec<(String, f64)>,
}

pub struct BookRun {
    pub chapters: Vec<ChapterRun>,
    pub markup_errors: Vec<MarkupError>,
    pub stats: Stats,
}

impl BookRun {
    pub fn failures(&self) -> impl Iterator<Item = &Failure> {
        self.chapters.iter().flat_map(|c| c.verdicts.iter().flatten()).filter_map(|v| v.as_ref().err())
    }
}

/// One unit of work: a unit of some chapter, with its job and cache key.
struct Work {
    chapter: usize,
    unit: Unit,
    job: Job,
    /// The compiled program of a Rust listing; `None` runs the job on the VM.
    program: Option<PathBuf>,
    timeout: Duration,
    key: String,
}

/// Why a unit cannot run at all (its program did not compile, say).
struct Blocked {
    chapter: usize,
    unit: Unit,
    reason: String,
    details: String,
}

/// The executable that serves as zygote and workers: our own binary.
pub fn worker_exe() -> Result<PathBuf> {
    Ok(std::env::current_exe()?)
}

pub fn run_book(chapters: &[ChapterInput], root: &Path, config: &Config, worker_exe: &Path) -> Result<BookRun> {
    let started = Instant::now();
    let mut markup_errors = Vec::new();
    let mut runs: Vec<ChapterRun> = Vec::new();
    let mut work = Vec::new();
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
        let verdicts = vec![None; listings.len()];
        runs.push(ChapterRun { listings, verdicts });
    }

    // Build the programs and libraries listings need, then plan every unit.
    let root = root.canonicalize().with_context(|| format!("finding the book root {}", root.display()))?;
    let built = build_artifacts(&root, &runs, config)?;
    let mut blocked = Vec::new();
    for (chapter_index, chapter) in runs.iter().enumerate() {
        for unit in units_of(&chapter.listings) {
            match plan(&root, &chapter.listings, unit, config, &built) {
                Ok((unit, job, program)) => {
                    let timeout = unit.timeout(&chapter.listings, config);
                    let program_hash = program.as_deref().map(|p| built.hash_of(p)).transpose()?;
                    let key = cache_key(&job, program_hash.as_deref(), timeout, config.output_limit());
                    work.push(Work { chapter: chapter_index, unit, job, program, timeout, key });
                }
                Err((unit, reason, details)) => blocked.push(Blocked { chapter: chapter_index, unit, reason, details }),
            }
        }
    }

    let cache = Cache::new(root.join(&config.cache_dir));
    let cached: Vec<Option<RawRun>> =
        work.iter().map(|w| if config.force { None } else { cache.get(&w.key) }).collect();
    let to_run: Vec<usize> = (0..work.len()).filter(|&i| cached[i].is_none()).collect();

    let progress = Progress::start(to_run.len(), config.jobs());
    let needs_vm = to_run.iter().any(|&i| work[i].program.is_none());
    let zygote = if needs_vm { Some(Zygote::start(worker_exe)?) } else { None };
    let threads = rayon::ThreadPoolBuilder::new().num_threads(config.jobs()).build()?;
    let fresh: Vec<Result<RawRun>> = threads.install(|| {
        to_run
            .par_iter()
            .map(|&i| {
                let w = &work[i];
                let first = &runs[w.chapter].listings[w.unit.members[0]];
                let run = match &w.program {
                    Some(program) => run_program(program, &w.job, w.timeout, config.output_limit()),
                    None => run_job(zygote.as_ref().expect("a zygote when there is work"), &w.job, w.timeout, config.output_limit()),
                };
                progress.finished(&first.id);
                run
            })
            .collect()
    });
    progress.clear();
    drop(zygote);

    let mut stats = Stats { units: work.len(), units_cached: work.len() - to_run.len(), units_run: to_run.len(), ..Stats::default() };
    let mut fresh = to_run.iter().copied().zip(fresh).collect::<HashMap<_, _>>();
    for (i, w) in work.iter().enumerate() {
        let (run, ran_now) = match cached[i].clone() {
            Some(run) => (run, false),
            None => (fresh.remove(&i).expect("every uncached unit ran")?, true),
        };
        let chapter = &mut runs[w.chapter];
        let members: Vec<&Listing> = w.unit.members.iter().map(|&m| &chapter.listings[m]).collect();
        let verdicts = judge(&members, &run, &w.job.limits, config.output_limit());
        if ran_now {
            stats.slowest.push((members[0].id.clone(), run.seconds));
            if verdicts.iter().all(Result::is_ok) {
                // A failed run is not cached: the author will want it re-run.
                if let Err(err) = cache.put(&w.key, &run) {
                    eprintln!("pyrun: warning: cannot write to the cache in {}: {err}", cache.dir().display());
                }
            }
        }
        for (&member, verdict) in w.unit.members.iter().zip(verdicts) {
            chapter.verdicts[member] = Some(verdict);
        }
    }
    for b in blocked {
        let chapter = &mut runs[b.chapter];
        for &member in &b.unit.members {
            let listing = &chapter.listings[member];
            chapter.verdicts[member] = Some(Err(Failure {
                listing_id: listing.id.clone(),
                location: listing.location(),
                file: listing.file.as_ref().map(|f| f.display().to_string()),
                expected: "it builds and runs".into(),
                actual: b.reason.clone(),
                output: b.details.clone(),
            }));
        }
    }
    stats.slowest.sort_by(|a, b| b.1.total_cmp(&a.1));
    stats.slowest.truncate(3);
    stats.listings = runs.iter().map(|c| c.listings.len()).sum();
    let book = BookRun { chapters: runs, markup_errors, stats };
    let failed = book.failures().count();
    let mut stats = book.stats.clone();
    stats.failed = failed;
    stats.seconds = started.elapsed().as_secs_f64();
    Ok(BookRun { stats, ..book })
}

/// Build the listings workspace when a Rust listing or a `cdylib=` attribute needs it.
fn build_artifacts(root: &Path, chapters: &[ChapterRun], config: &Config) -> Result<Built> {
    let needed = chapters
        .iter()
        .flat_map(|c| &c.listings)
        .any(|l| l.runs() && (l.attrs.language == Language::Rust || l.attrs.cdylib.is_some()));
    if !needed {
        return Ok(Built::default());
    }
    build_listings(root, &root.join(&config.listings).join("Cargo.toml"))
}

type Planned = (Unit, Job, Option<PathBuf>);
type Unrunnable = (Unit, String, String);

/// The job for a unit: its program (for a Rust listing) and the files to copy in.
fn plan(root: &Path, listings: &[Listing], unit: Unit, config: &Config, built: &Built) -> Result<Planned, Unrunnable> {
    let mut job = unit.job(listings, config);
    let first = &listings[unit.members[0]];
    for cdylib in unit.members.iter().filter_map(|&m| listings[m].attrs.cdylib.as_ref()) {
        let Some(library) = built.cdylibs.get(cdylib) else {
            return Err((unit, format!("cargo built no cdylib for package `{cdylib}`"), built.other_errors.join("\n")));
        };
        let name = library.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let blake3 = built.hash_of(library).map_err(|e| (unit.clone(), format!("cannot read {}: {e}", library.display()), String::new()))?;
        job.files.push(InputFile { name, source: library.clone(), blake3 });
    }
    if first.attrs.language == Language::Python {
        return Ok((unit, job, None));
    }
    let source = root.join(first.file.as_ref().expect("Rust listings have files"));
    let source = source.canonicalize().unwrap_or(source);
    if let Some(errors) = built.errors.get(&source) {
        return Err((unit, "it does not compile".into(), errors.join("\n")));
    }
    match built.programs.get(&source) {
        Some(program) => Ok((unit, job, Some(program.clone()))),
        None => Err((
            unit,
            "cargo built no program from this file (is it a `[[bin]]` or under src/bin/?)".into(),
            built.other_errors.join("\n"),
        )),
    }
}

//! Running every listing of a set of chapters: collect, consult the cache, run
//! the rest in parallel in worker processes, and judge each result.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::Result;
use rayon::prelude::*;

use crate::cache::{cache_key, Cache};
use crate::config::Config;
use crate::listing::{collect_listings, units_of, ChapterInput, Listing, MarkupError, Unit};
use crate::progress::Progress;
use crate::protocol::Job;
use crate::runner::{run_job, RawRun, Zygote};
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
    timeout: Duration,
    key: String,
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
    for (chapter_index, chapter) in chapters.iter().enumerate() {
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
        for unit in units_of(&listings) {
            let job = unit.job(&listings, config);
            let timeout = unit.timeout(&listings, config);
            let key = cache_key(&job, timeout, config.output_limit());
            work.push(Work { chapter: chapter_index, unit, job, timeout, key });
        }
        let verdicts = vec![None; listings.len()];
        runs.push(ChapterRun { listings, verdicts });
    }

    let cache = Cache::new(root.join(&config.cache_dir));
    let cached: Vec<Option<RawRun>> =
        work.iter().map(|w| if config.force { None } else { cache.get(&w.key) }).collect();
    let to_run: Vec<usize> = (0..work.len()).filter(|&i| cached[i].is_none()).collect();

    let progress = Progress::start(to_run.len(), config.jobs());
    let zygote = if to_run.is_empty() { None } else { Some(Zygote::start(worker_exe)?) };
    let threads = rayon::ThreadPoolBuilder::new().num_threads(config.jobs()).build()?;
    let fresh: Vec<Result<RawRun>> = threads.install(|| {
        to_run
            .par_iter()
            .map(|&i| {
                let w = &work[i];
                let first = &runs[w.chapter].listings[w.unit.members[0]];
                let zygote = zygote.as_ref().expect("a zygote when there is work");
                let run = run_job(zygote, &w.job, w.timeout, config.output_limit());
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

//! Progress on stderr while listings run, and the summary line after.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Figures for the summary line and the benchmark.
#[derive(Debug, Default, Clone)]
pub struct Stats {
    pub listings: usize,
    /// Units of work: a listing or session on one implementation.
    pub units: usize,
    pub units_run: usize,
    pub units_cached: usize,
    pub failed: usize,
    pub seconds: f64,
    /// The slowest units that ran, by first listing id, slowest first.
    pub slowest: Vec<(String, f64)>,
}

/// Below this many listings to run, a build is quick enough to need no bar.
const QUIET_BELOW: usize = 4;

pub struct Progress {
    bar: Option<ProgressBar>,
}

impl Progress {
    pub fn start(to_run: usize, jobs: usize) -> Progress {
        if to_run < QUIET_BELOW {
            return Progress { bar: None };
        }
        let bar = ProgressBar::with_draw_target(Some(to_run as u64), ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template("pyrun {bar:30.cyan/blue} {pos}/{len} listings, {elapsed} {msg}")
                .expect("valid template")
                .progress_chars("=> "),
        );
        if bar.is_hidden() {
            // Not a terminal (CI, mdbook serve's log): one line instead of a bar.
            eprintln!("pyrun: running {to_run} listings on {jobs} workers...");
        }
        Progress { bar: Some(bar) }
    }

    pub fn finished(&self, listing_id: &str) {
        if let Some(bar) = &self.bar {
            bar.set_message(listing_id.to_string());
            bar.inc(1);
        }
    }

    pub fn clear(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

/// "pyrun: 42 listings (40 units): 3 run, 37 cached, 0 failed in 1.2 s; slowest: a 0.8 s, b 0.3 s"
pub fn summary_line(stats: &Stats) -> String {
    let mut line = format!(
        "pyrun: {} listings ({} units): {} run, {} cached, {} failed in {:.1} s",
        stats.listings, stats.units, stats.units_run, stats.units_cached, stats.failed, stats.seconds
    );
    if !stats.slowest.is_empty() {
        let slowest: Vec<String> = stats.slowest.iter().map(|(id, s)| format!("{id} {s:.2} s")).collect();
        line.push_str(&format!("; slowest: {}", slowest.join(", ")));
    }
    line
}

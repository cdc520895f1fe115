//! Pre-started workers. Starting a worker means exec'ing our binary and building
//! a fresh interpreter; doing that ahead of time, while other listings run, hides
//! the cost. Every job still gets a worker (and an interpreter) of its own.

use std::path::PathBuf;
use std::sync::Mutex;

use anyhow::Result;

use super::process::Worker;

pub struct WorkerPool {
    exe: PathBuf,
    state: Mutex<PoolState>,
    prestart: usize,
}

struct PoolState {
    ready: Vec<Worker>,
    /// Workers that may still be needed, counting those already in `ready`.
    remaining: usize,
}

impl WorkerPool {
    /// A pool for `jobs` jobs that keeps up to `prestart` workers started ahead.
    pub fn new(exe: PathBuf, jobs: usize, prestart: usize) -> WorkerPool {
        WorkerPool { exe, state: Mutex::new(PoolState { ready: Vec::new(), remaining: jobs }), prestart }
    }

    /// A started worker for the next job; starts a replacement for the job after it.
    pub fn take(&self) -> Result<Worker> {
        let taken = {
            let mut state = self.state.lock().expect("worker pool lock");
            state.remaining = state.remaining.saturating_sub(1);
            state.ready.pop()
        };
        let worker = match taken {
            Some(worker) => worker,
            None => Worker::spawn(&self.exe)?,
        };
        self.refill()?;
        Ok(worker)
    }

    fn refill(&self) -> Result<()> {
        loop {
            {
                let state = self.state.lock().expect("worker pool lock");
                if state.ready.len() >= self.prestart.min(state.remaining) {
                    return Ok(());
                }
            }
            let worker = Worker::spawn(&self.exe)?;
            self.state.lock().expect("worker pool lock").ready.push(worker);
        }
    }
}

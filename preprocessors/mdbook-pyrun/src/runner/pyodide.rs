//! CPython 3.14 on WebAssembly: Pyodide, run by `node` in long-lived host
//! processes (`pyodide/host.mjs`), each of which gives every job a fresh
//! interpreter (see that folder's README for how, and what it costs).
//!
//! The pool starts hosts on demand, one per parallel job at most, and keeps
//! them for the next job. A host that stops answering is killed and replaced.

use std::io::{BufRead, BufReader, Write};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use serde::Deserialize;

use super::native::{DriverJob, DRIVER};
use super::process::{record_report, ProcessEnd, RawRun};
use crate::protocol::{Job, WorkerMessage};

/// The host script, shipped inside this binary so it works wherever it is installed.
pub const HOST: &str = include_str!("../../pyodide/host.mjs");

/// The module it shares with the reader's browser (book/pyrun/worker.mjs).
pub const JOB: &str = include_str!("../../pyodide/job.mjs");

/// How long a host may take to load Pyodide and make its snapshot.
const START_TIMEOUT: Duration = Duration::from_secs(120);

/// Slack past a job's own timeout, which the host enforces itself, before
/// the host is presumed stuck.
const ANSWER_SLACK: Duration = Duration::from_secs(30);

pub struct PyodidePool {
    node: PathBuf,
    dist: PathBuf,
    /// Where hosts keep the interpreter's start-up snapshot between builds,
    /// so that only the first host of all boots Pyodide (about 2 s).
    snapshot: PathBuf,
    /// Hosts waiting for a job. Declared before `files`, so that they stop
    /// (and clean up) before their folder is removed.
    idle: Mutex<Vec<Host>>,
    /// The first host, started when the pool is made and not yet waited for:
    /// it loads while the VM's zygote starts and the other listings run (in a
    /// build that re-runs one edited listing, Pyodide is the slowest unit).
    /// Started from the pool's own thread, not a helper thread: the host's
    /// parent-death signal fires when the thread that started it ends.
    warming: Mutex<Option<Result<Host>>>,
    /// Holds host.mjs and driver.py, and the hosts' scratch files, for the
    /// hosts' lifetime.
    files: tempfile::TempDir,
}

struct Host {
    child: Child,
    /// `None` once closed, which tells the host to finish.
    stdin: Option<ChildStdin>,
    answers: Receiver<String>,
}

/// How long a host may take to stop its engines and remove its files after
/// its stdin closes, before it is killed.
const STOP_GRACE: Duration = Duration::from_secs(3);

impl Drop for Host {
    fn drop(&mut self) {
        // End of input ends the host's job loop, and it cleans up after itself;
        // a host that does not finish in time is killed (its files are in the
        // pool's temporary folder, removed with the pool).
        drop(self.stdin.take());
        let deadline = Instant::now() + STOP_GRACE;
        while Instant::now() < deadline {
            if !matches!(self.child.try_wait(), Ok(None)) {
                return;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Host {
    /// Wait for the host's first line, which says it can take jobs.
    fn wait_ready(self) -> Result<Host> {
        match self.answers.recv_timeout(START_TIMEOUT) {
            Ok(line) if line.contains("\"ready\"") => Ok(self),
            Ok(line) => bail!("Pyodide's host started with an unexpected line: {line}"),
            Err(_) => bail!("Pyodide's host did not become ready within {} s", START_TIMEOUT.as_secs()),
        }
    }
}

/// A host's answer to one job (see pyodide/README.md).
#[derive(Deserialize)]
struct Answer {
    output: String,
    #[serde(default)]
    truncated: bool,
    /// The driver's reports; one it garbled (`{"invalid": …}`) is skipped,
    /// as the native runner skips a line it cannot parse.
    #[serde(default)]
    reports: Vec<serde_json::Value>,
    #[serde(default)]
    timed_out: bool,
    #[serde(default)]
    error: Option<String>,
    /// Set when the listing called `os._exit(n)`.
    #[serde(default)]
    exit_code: Option<i32>,
}

impl PyodidePool {
    /// A pool for the Pyodide in `dist`, run by `node`, keeping its snapshot in `cache_dir`.
    pub fn new(node: &Path, dist: &Path, cache_dir: &Path) -> Result<PyodidePool> {
        let files = tempfile::Builder::new().prefix("pyrun-pyodide-").tempdir()?;
        std::fs::write(files.path().join("host.mjs"), HOST)?;
        std::fs::write(files.path().join("job.mjs"), JOB)?;
        std::fs::write(files.path().join("driver.py"), DRIVER)?;
        std::fs::create_dir_all(cache_dir).with_context(|| format!("creating {}", cache_dir.display()))?;
        let snapshot = cache_dir.join(format!("pyodide-snapshot-{}.bin", snapshot_key(dist)?));
        let pool = PyodidePool {
            node: node.to_path_buf(),
            dist: dist.to_path_buf(),
            snapshot,
            files,
            idle: Mutex::new(Vec::new()),
            warming: Mutex::new(None),
        };
        *pool.warming.lock().expect("not poisoned") = Some(pool.spawn_host());
        Ok(pool)
    }

    /// The pool's temporary folder: the host's script, and every host's scratch files.
    pub fn scratch_dir(&self) -> &Path {
        self.files.path()
    }

    /// A host for the next job: an idle one, else the one warming up, else a new one.
    fn take_host(&self) -> Result<Host> {
        if let Some(host) = self.idle.lock().expect("not poisoned").pop() {
            return Ok(host);
        }
        let warming = self.warming.lock().expect("not poisoned").take();
        match warming {
            Some(host) => host?.wait_ready(),
            None => self.spawn_host()?.wait_ready(),
        }
    }

    /// Start a host; it is ready for jobs once [`Host::wait_ready`] says so.
    fn spawn_host(&self) -> Result<Host> {
        let mut dist =
            self.dist.canonicalize().with_context(|| format!("finding Pyodide at {}", self.dist.display()))?;
        dist.push(""); // host.mjs expects a folder URL ending in '/'.
        let mut command = Command::new(&self.node);
        command
            .arg("--experimental-wasm-stack-switching")
            .arg(self.files.path().join("host.mjs"))
            .arg("--pyodide")
            .arg(&dist)
            .arg("--driver")
            .arg(self.files.path().join("driver.py"))
            .arg("--snapshot-cache")
            .arg(&self.snapshot)
            // The host's scratch files (a 31 MB snapshot, outputs) go in the
            // pool's folder, which goes when the pool does, however the host ends.
            .env("TMPDIR", self.files.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .process_group(0);
        // SAFETY: prctl is async-signal-safe; the host dies with the preprocessor.
        unsafe {
            command.pre_exec(|| {
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                Ok(())
            });
        }
        let mut child = command.spawn().with_context(|| format!("starting {} for Pyodide", self.node.display()))?;
        let stdin = child.stdin.take().expect("piped");
        let stdout = child.stdout.take().expect("piped");
        let (send, answers) = channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if send.send(line).is_err() {
                    break;
                }
            }
        });
        Ok(Host { child, stdin: Some(stdin), answers })
    }

    /// Run `job` in a fresh Pyodide interpreter.
    pub fn run(&self, job: &Job, timeout: Duration, output_limit: u64) -> Result<RawRun> {
        let started = Instant::now();
        let mut host = self.take_host()?;
        #[derive(serde::Serialize)]
        struct Request<'a> {
            #[serde(flatten)]
            job: DriverJob<'a>,
            timeout_seconds: f64,
            output_limit: u64,
        }
        let request =
            Request { job: DriverJob { blocks: &job.blocks }, timeout_seconds: timeout.as_secs_f64(), output_limit };
        let mut line = serde_json::to_string(&request)?;
        line.push('\n');
        let stdin = host.stdin.as_mut().expect("open until the host is dropped");
        stdin.write_all(line.as_bytes()).context("sending a job to Pyodide's host")?;
        let answer = match host.answers.recv_timeout(timeout + ANSWER_SLACK) {
            Ok(answer) => answer,
            Err(RecvTimeoutError::Timeout) => {
                bail!("Pyodide's host gave no answer within {} s", (timeout + ANSWER_SLACK).as_secs())
            }
            Err(RecvTimeoutError::Disconnected) => bail!("Pyodide's host ended unexpectedly (see its messages above)"),
        };
        let answer: Answer =
            serde_json::from_str(&answer).with_context(|| format!("garbled answer from Pyodide's host: {answer}"))?;
        self.idle.lock().expect("not poisoned").push(host);

        let mut run = RawRun { output: answer.output.into_bytes(), truncated: answer.truncated, ..RawRun::default() };
        for report in answer.reports {
            if let Ok(report) = serde_json::from_value::<WorkerMessage>(report) {
                record_report(report, &mut run);
            }
        }
        run.end = if answer.timed_out {
            ProcessEnd::TimedOut { seconds: timeout.as_secs_f64() }
        } else if let Some(error) = answer.error {
            // The interpreter died (a wasm trap, say): show why, as a crash.
            run.output.extend_from_slice(format!("\n[Pyodide: {error}]\n").as_bytes());
            ProcessEnd::Exited { code: -1 }
        } else if let Some(code) = answer.exit_code {
            ProcessEnd::Exited { code }
        } else {
            ProcessEnd::Exited { code: 0 }
        };
        run.seconds = started.elapsed().as_secs_f64();
        Ok(run)
    }
}

/// What the start-up snapshot depends on: the host that makes it (its
/// settings: hash seed, environment) and the Pyodide it is made of.
fn snapshot_key(dist: &Path) -> Result<String> {
    let lock = dist.join("pyodide-lock.json");
    let mut hasher = blake3::Hasher::new();
    hasher.update(HOST.as_bytes());
    hasher.update(JOB.as_bytes());
    hasher.update(dist.canonicalize().unwrap_or_else(|_| dist.to_path_buf()).to_string_lossy().as_bytes());
    hasher.update(&std::fs::read(&lock).with_context(|| format!("reading {}", lock.display()))?);
    Ok(hasher.finalize().to_hex()[..16].to_string())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_host_starts_cpython_with_the_native_runners_hash_seed() {
        let setting = format!("PYTHONHASHSEED: \"{}\"", super::super::HASH_SEED);
        assert!(super::JOB.contains(&setting), "job.mjs must set {setting}");
    }
}

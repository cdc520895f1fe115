//! The preprocessor's handle on the zygote process that forks workers.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::os::fd::AsRawFd;
use std::os::unix::net::UnixStream;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use anyhow::{anyhow, bail, Context, Result};

use crate::protocol::{ForkRequest, ZygoteMessage, CONTROL_FD};

/// The native stack of the zygote's main thread, which its workers inherit:
/// deep Python recursion must end in `RecursionError`, not a stack overflow.
const WORKER_STACK_BYTES: libc::rlim_t = 256 << 20;

/// How long a fork may take before the zygote is presumed broken.
const FORK_TIMEOUT: Duration = Duration::from_secs(60);

pub struct Zygote {
    child: Child,
    /// Held while a request is written and its answer awaited, so that
    /// answers arrive in request order.
    requests: Mutex<(UnixStream, Receiver<Result<i32, String>>)>,
    exits: Arc<Exits>,
}

/// Wait statuses of ended workers, by pid, filled in by the reader thread.
#[derive(Default)]
struct Exits {
    statuses: Mutex<ExitState>,
    changed: Condvar,
}

#[derive(Default)]
struct ExitState {
    by_pid: HashMap<i32, i32>,
    zygote_gone: bool,
}

impl Zygote {
    /// Start `exe zygote`; it builds its interpreter while we go on.
    pub fn start(exe: &Path) -> Result<Zygote> {
        let (ours, theirs) = UnixStream::pair()?;
        let theirs_fd = theirs.as_raw_fd();
        let mut command = Command::new(exe);
        command
            .arg("zygote")
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_else(|| "/usr/bin:/bin".into()))
            .env("LANG", "C.UTF-8")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .process_group(0);
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            command.pre_exec(move || {
                if libc::dup2(theirs_fd, CONTROL_FD) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                if theirs_fd == CONTROL_FD {
                    libc::fcntl(CONTROL_FD, libc::F_SETFD, 0);
                }
                // The zygote, and through it every worker, dies with us.
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                let stack = libc::rlimit { rlim_cur: WORKER_STACK_BYTES, rlim_max: WORKER_STACK_BYTES };
                libc::setrlimit(libc::RLIMIT_STACK, &stack);
                Ok(())
            });
        }
        let child = command.spawn().with_context(|| format!("starting {} zygote", exe.display()))?;
        drop(theirs);

        let exits = Arc::new(Exits::default());
        let (forked_tx, forked_rx) = mpsc::channel();
        let reader = BufReader::new(ours.try_clone()?);
        let reader_exits = Arc::clone(&exits);
        std::thread::Builder::new().name("pyrun-zygote".into()).spawn(move || {
            for line in reader.lines() {
                let Ok(line) = line else { break };
                match serde_json::from_str::<ZygoteMessage>(&line) {
                    Ok(ZygoteMessage::Forked { pid }) => drop(forked_tx.send(Ok(pid))),
                    Ok(ZygoteMessage::ForkFailed { error }) => drop(forked_tx.send(Err(error))),
                    Ok(ZygoteMessage::Exited { pid, status }) => {
                        reader_exits.statuses.lock().expect("exits lock").by_pid.insert(pid, status);
                        reader_exits.changed.notify_all();
                    }
                    Err(_) => break,
                }
            }
            reader_exits.statuses.lock().expect("exits lock").zygote_gone = true;
            reader_exits.changed.notify_all();
        })?;
        Ok(Zygote { child, requests: Mutex::new((ours, forked_rx)), exits })
    }

    /// Fork a worker for the listing folder `dir`; returns its pid.
    pub fn fork(&self, dir: &Path) -> Result<i32> {
        let mut guard = self.requests.lock().map_err(|_| anyhow!("zygote lock poisoned"))?;
        let (stream, answers) = &mut *guard;
        let mut line = serde_json::to_string(&ForkRequest { dir: dir.to_path_buf() })?;
        line.push('\n');
        stream.write_all(line.as_bytes()).context("the zygote is gone")?;
        match answers.recv_timeout(FORK_TIMEOUT) {
            Ok(Ok(pid)) => Ok(pid),
            Ok(Err(error)) => bail!("the zygote could not fork: {error}"),
            Err(_) => bail!("the zygote did not answer a fork request (did it crash? see its message above)"),
        }
    }

    /// The raw wait status of worker `pid`, once the zygote has reaped it.
    pub fn wait_status(&self, pid: i32, timeout: Duration) -> Option<i32> {
        let state = self.exits.statuses.lock().expect("exits lock");
        let (mut state, _) = self
            .exits
            .changed
            .wait_timeout_while(state, timeout, |s| !s.by_pid.contains_key(&pid) && !s.zygote_gone)
            .expect("exits lock");
        state.by_pid.remove(&pid)
    }
}

impl Drop for Zygote {
    fn drop(&mut self) {
        // Its workers die with it (PR_SET_PDEATHSIG).
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

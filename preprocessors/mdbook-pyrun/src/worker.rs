//! The VM side: the zygote process and the workers it forks.
//!
//! Building a RustPython interpreter with its frozen standard library costs
//! tens of milliseconds. The zygote (`mdbook-pyrun zygote`) builds one once and
//! never runs listing code in it. For each listing it calls Python's own
//! `os.fork()`, so the VM's at-fork handling runs as it would for any Python
//! program; the child is a worker with a fresh, never-used interpreter. The
//! worker moves into its own process group and temporary folder, points fds 1
//! and 2 at the capture file, connects to its control socket, runs its job and
//! ends with `_exit`.

use std::io::{BufRead, BufReader, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::net::UnixStream;
use std::path::Path;

use anyhow::{anyhow, Context, Result};
use rustpython::InterpreterBuilderExt;
use rustpython_vm::builtins::PyBaseExceptionRef;
use rustpython_vm::{AsObject, Interpreter, InterpreterBuilder, Settings, VirtualMachine};

use crate::protocol::{layout, BlockOutcome, ForkRequest, Job, WorkerMessage, ZygoteMessage, CONTROL_FD};

/// Entry point of `mdbook-pyrun zygote`. Never returns.
pub fn zygote_main() -> ! {
    let code = match run_zygote() {
        Ok(()) => 0,
        Err(err) => {
            let _ = writeln!(std::io::stderr(), "mdbook-pyrun zygote: {err:#}");
            70
        }
    };
    exit_now(code)
}

fn exit_now(code: i32) -> ! {
    // SAFETY: `_exit` ends the process without running anything else, so daemon
    // threads and destructors cannot delay or disturb the exit.
    unsafe { libc::_exit(code) }
}

/// Fork workers on request and report how each ended, until the preprocessor
/// closes the control socket.
fn run_zygote() -> Result<()> {
    // SAFETY: the preprocessor hands us CONTROL_FD, an open socket we alone own.
    let control = unsafe { UnixStream::from_raw_fd(CONTROL_FD) };
    let interpreter = new_interpreter();
    let mut requests = BufReader::new(control.try_clone()?);
    let mut reports = control;
    let mut children: Vec<(i32, OwnedFd)> = Vec::new();
    loop {
        if !line_buffered(&requests) {
            wait_readable(requests.get_ref().as_raw_fd(), &children);
        }
        // Reap first: a worker's end must be reported even while requests pour in.
        let mut index = 0;
        while index < children.len() {
            if is_readable(children[index].1.as_raw_fd()) {
                let (pid, _) = children.swap_remove(index);
                let mut status = 0;
                // SAFETY: pid is our child; waitpid writes only into `status`.
                unsafe { libc::waitpid(pid, &mut status, 0) };
                send(&mut reports, &ZygoteMessage::Exited { pid, status })?;
            } else {
                index += 1;
            }
        }
        if !line_buffered(&requests) && !is_readable(requests.get_ref().as_raw_fd()) {
            continue;
        }
        let mut line = String::new();
        if requests.read_line(&mut line)? == 0 {
            return Ok(()); // The preprocessor is done.
        }
        let request: ForkRequest = serde_json::from_str(&line).context("parsing a fork request")?;
        match fork_with_python(&interpreter) {
            Ok(0) => {
                drop((requests, reports, children));
                run_worker(interpreter, &request.dir);
            }
            Ok(pid) => {
                // SAFETY: pidfd_open returns a new fd we own, or -1.
                let fd = unsafe { libc::syscall(libc::SYS_pidfd_open, pid, 0) };
                if fd >= 0 {
                    // SAFETY: a fresh fd owned by nobody else.
                    children.push((pid, unsafe { OwnedFd::from_raw_fd(fd as i32) }));
                }
                send(&mut reports, &ZygoteMessage::Forked { pid })?;
            }
            Err(err) => send(&mut reports, &ZygoteMessage::ForkFailed { error: format!("{err:#}") })?,
        }
    }
}

fn line_buffered(reader: &BufReader<UnixStream>) -> bool {
    reader.buffer().contains(&b'\n')
}

fn send(stream: &mut UnixStream, message: &impl serde::Serialize) -> Result<()> {
    let mut line = serde_json::to_string(message)?;
    line.push('\n');
    stream.write_all(line.as_bytes()).context("writing to the preprocessor")
}

fn pollfd(fd: i32) -> libc::pollfd {
    libc::pollfd { fd, events: libc::POLLIN, revents: 0 }
}

fn wait_readable(control: i32, children: &[(i32, OwnedFd)]) {
    let mut fds: Vec<libc::pollfd> =
        std::iter::once(control).chain(children.iter().map(|c| c.1.as_raw_fd())).map(pollfd).collect();
    // SAFETY: fds is a valid pollfd array for the duration of the call.
    unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, -1) };
}

fn is_readable(fd: i32) -> bool {
    let mut fds = [pollfd(fd)];
    // SAFETY: as above, with a zero timeout.
    unsafe { libc::poll(fds.as_mut_ptr(), 1, 0) > 0 && fds[0].revents != 0 }
}

fn fork_with_python(interpreter: &Interpreter) -> Result<i32> {
    interpreter.enter(|vm| {
        let fork = vm.import("os", 0).and_then(|os| os.get_attr("fork", vm));
        fork.and_then(|fork| fork.call((), vm)).and_then(|pid| pid.try_into_value::<i32>(vm)).map_err(|exc| {
            let mut text = String::new();
            let _ = vm.write_exception(&mut text, &exc);
            anyhow!("os.fork() failed: {text}")
        })
    })
}

fn new_interpreter() -> Interpreter {
    let mut settings = Settings::default();
    // Unbuffered stdio keeps stdout and stderr in the order they were written.
    settings.buffered_stdio = false;
    settings.ignore_environment = true;
    settings.user_site_directory = false;
    settings.import_site = true;
    settings.safe_path = true;
    // Listings print text in any language; never fall back to the C locale's ASCII.
    settings.stdio_encoding = Some("utf-8".to_string());
    settings.utf8_mode = 1;
    InterpreterBuilder::new().settings(settings).init_stdlib().interpreter()
}

/// The forked worker: isolate, connect, run the job, exit.
fn run_worker(interpreter: Interpreter, dir: &Path) -> ! {
    let code = match isolate(dir).and_then(|control| serve_job(interpreter, control, dir)) {
        Ok(()) => 0,
        Err(err) => {
            let _ = writeln!(std::io::stderr(), "mdbook-pyrun worker: {err:#}");
            70
        }
    };
    exit_now(code)
}

/// Own process group, death with the zygote, the folder as working directory,
/// fds 1 and 2 on the capture file; returns the connected control socket.
fn isolate(dir: &Path) -> Result<UnixStream> {
    // SAFETY: plain syscalls on our own process.
    unsafe {
        libc::setpgid(0, 0);
        libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
    }
    std::env::set_current_dir(dir.join(layout::CWD)).context("entering the listing's folder")?;
    let capture =
        std::fs::OpenOptions::new().append(true).open(dir.join(layout::CAPTURE)).context("opening the capture file")?;
    for fd in [1, 2] {
        // SAFETY: dup2 onto the standard fds, which the listing owns from now on.
        if unsafe { libc::dup2(capture.as_raw_fd(), fd) } < 0 {
            return Err(std::io::Error::last_os_error()).context("redirecting output");
        }
    }
    let control = UnixStream::connect(dir.join(layout::CONTROL)).context("connecting to the preprocessor")?;
    // The zygote's binary stays readable: it is the VM's sys.executable. What
    // the sandbox lacks here was reported once, by the preprocessor's probe.
    let exe: Vec<_> = std::env::current_exe().into_iter().collect();
    crate::sandbox::enter(dir, &exe);
    Ok(control)
}

fn serve_job(interpreter: Interpreter, control: UnixStream, dir: &Path) -> Result<()> {
    let job: Job = {
        let mut line = String::new();
        BufReader::new(&control).read_line(&mut line).context("reading the job")?;
        serde_json::from_str(&line).context("parsing the job")?
    };
    job.limits.apply().context("setting the listing's resource limits")?;
    let worker_pid = std::process::id();
    let mut reporter = Reporter { control };

    interpreter.enter(|vm| -> Result<()> {
        set_environment(vm, dir)?;
        let scope = vm.new_scope_with_main().map_err(|_| anyhow!("cannot create __main__"))?;
        for (index, block) in job.blocks.iter().enumerate() {
            set_argv(vm, &block.filename);
            let outcome = match vm.run_string(scope.clone(), &block.source, block.filename.clone()) {
                Ok(_) => BlockOutcome::Completed,
                Err(exc) => outcome_of_exception(vm, exc),
            };
            flush_std(vm);
            if std::process::id() != worker_pid {
                // A forked child reached the end of the listing: it must not
                // report or finalise on the worker's behalf.
                exit_now(exit_status_of(&outcome));
            }
            // Like a REPL, a session goes on after an exception; `SystemExit` ends it.
            let exited = matches!(outcome, BlockOutcome::Exited { .. });
            reporter.send(&WorkerMessage::BlockDone { index, output_end: output_size(), outcome })?;
            if exited {
                break;
            }
        }
        Ok(())
    })?;
    interpreter.enter(finalize);
    reporter.send(&WorkerMessage::Finished { output_end: output_size() })
}

/// Shut the interpreter down as CPython's `Py_FinalizeEx` does: join
/// non-daemon threads, run atexit handlers, collect cycles and tear modules
/// down (which runs `__del__` of objects still alive). Unlike RustPython's own
/// `Interpreter::finalize`, it imports `threading` only if the listing did, as
/// CPython does; importing it costs several milliseconds per listing.
fn finalize(vm: &VirtualMachine) {
    flush_std(vm);
    let threading = vm.sys_module.get_attr("modules", vm).and_then(|modules| modules.get_item("threading", vm));
    if let Ok(threading) = threading {
        if let Err(exc) = threading.get_attr("_shutdown", vm).and_then(|shutdown| shutdown.call((), vm)) {
            vm.run_unraisable(exc, Some("Exception ignored in threading shutdown".to_owned()), threading);
        }
    }
    rustpython_vm::stdlib::atexit::_run_exitfuncs(vm);
    vm.state.finalizing.store(true, std::sync::atomic::Ordering::Release);
    rustpython_vm::gc_state::gc_state().collect_force(2);
    vm.finalize_modules();
    flush_std(vm);
}

/// `HOME` and `TMPDIR` point into the listing's folder; `os.environ` was read
/// when the zygote started, so set them through it (which also calls putenv).
fn set_environment(vm: &VirtualMachine, dir: &Path) -> Result<()> {
    let literal =
        |path: std::path::PathBuf| serde_json::to_string(&path.to_string_lossy()).expect("a string serialises");
    let code = format!(
        "import os\nos.environ['HOME'] = {}\nos.environ['TMPDIR'] = {}\n",
        literal(dir.join(layout::CWD)),
        literal(dir.join(layout::TMP))
    );
    vm.run_string(vm.new_scope_with_builtins(), &code, "<pyrun setup>".into())
        .map(drop)
        .map_err(|_| anyhow!("setting up the listing's environment"))
}

fn set_argv(vm: &VirtualMachine, filename: &str) {
    let argv = vm.ctx.new_list(vec![vm.ctx.new_str(filename).into()]);
    let _ = vm.sys_module.set_attr("argv", argv, vm);
}

fn outcome_of_exception(vm: &VirtualMachine, exc: PyBaseExceptionRef) -> BlockOutcome {
    if exc.fast_isinstance(vm.ctx.exceptions.system_exit) {
        let code = vm.handle_exit_exception(exc) as i32;
        return BlockOutcome::Exited { code };
    }
    let mro = exc.class().mro_map_collect(|cls| cls.name().to_string());
    vm.print_exception(exc);
    BlockOutcome::Raised { mro }
}

fn exit_status_of(outcome: &BlockOutcome) -> i32 {
    match outcome {
        BlockOutcome::Completed => 0,
        BlockOutcome::Raised { .. } => 1,
        BlockOutcome::Exited { code } => *code,
    }
}

fn flush_std(vm: &VirtualMachine) {
    for name in ["stdout", "stderr"] {
        if let Ok(stream) = vm.sys_module.get_attr(name, vm) {
            let _ = vm.call_method(&stream, "flush", ());
        }
    }
}

/// Bytes in the capture file so far. fd 1 is the capture file, opened for append.
fn output_size() -> u64 {
    // SAFETY: fstat only writes into the zeroed struct we pass it.
    unsafe {
        let mut stat: libc::stat = std::mem::zeroed();
        if libc::fstat(1, &mut stat) == 0 {
            stat.st_size as u64
        } else {
            0
        }
    }
}

struct Reporter {
    control: UnixStream,
}

impl Reporter {
    fn send(&mut self, message: &WorkerMessage) -> Result<()> {
        send(&mut self.control, message)
    }
}

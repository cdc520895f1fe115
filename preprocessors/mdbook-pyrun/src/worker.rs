//! The worker side: a process of our own binary that runs one job in a fresh
//! RustPython interpreter and then exits.
//!
//! The parent has already pointed fds 1 and 2 at one capture file, fd 0 at
//! `/dev/null`, the working directory at a fresh temporary folder, and
//! [`CONTROL_FD`] at a private socket. The interpreter is built *before* the job
//! arrives, so a pre-started worker hides the VM's start-up time.

use std::io::{BufRead, BufReader, Write};
use std::os::fd::FromRawFd;
use std::os::unix::net::UnixStream;

use anyhow::{Context, Result};
use rustpython::InterpreterBuilderExt;
use rustpython_vm::builtins::PyBaseExceptionRef;
use rustpython_vm::{AsObject, Interpreter, InterpreterBuilder, Settings, VirtualMachine};

use crate::protocol::{BlockOutcome, Job, Limits, WorkerMessage, CONTROL_FD};

/// Entry point of `mdbook-pyrun worker`. Never returns: the process ends with `_exit`
/// so that daemon threads and Rust destructors cannot delay or disturb the exit.
///
/// The interpreter runs on the main thread: a second thread would make
/// `os.fork()` warn that the process is multi-threaded. The parent raises
/// RLIMIT_STACK before exec, so deep recursion ends in `RecursionError`.
pub fn worker_main() -> ! {
    let code = match serve_one_job() {
        Ok(()) => 0,
        Err(err) => {
            let _ = writeln!(std::io::stderr(), "mdbook-pyrun worker: {err:#}");
            70
        }
    };
    exit_now(code)
}

fn exit_now(code: i32) -> ! {
    // SAFETY: `_exit` ends the process without running anything else.
    unsafe { libc::_exit(code) }
}

fn serve_one_job() -> Result<()> {
    // SAFETY: the parent guarantees CONTROL_FD is an open socket owned by us alone.
    let control = unsafe { UnixStream::from_raw_fd(CONTROL_FD) };
    let interpreter = new_interpreter();
    let job: Job = {
        let mut line = String::new();
        BufReader::new(&control)
            .read_line(&mut line)
            .context("reading the job")?;
        serde_json::from_str(&line).context("parsing the job")?
    };
    apply_limits(&job.limits)?;
    let worker_pid = std::process::id();
    let mut reporter = Reporter { control };

    interpreter.enter(|vm| -> Result<()> {
        let scope = vm
            .new_scope_with_main()
            .map_err(|_| anyhow::anyhow!("cannot create __main__"))?;
        for (index, block) in job.blocks.iter().enumerate() {
            set_argv(vm, &block.filename);
            let outcome = match vm.run_string(scope.clone(), &block.source, block.filename.clone()) {
                Ok(_) => BlockOutcome::Completed,
                Err(exc) => outcome_of_exception(vm, exc),
            };
            flush_std(vm);
            if std::process::id() != worker_pid {
                // A forked child reached the end of the listing: it must not
                // report or finalise on the parent's behalf.
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
    // Join non-daemon threads and run atexit handlers, as CPython does at exit.
    interpreter.finalize(None);
    reporter.send(&WorkerMessage::Finished { output_end: output_size() })?;
    Ok(())
}

fn new_interpreter() -> Interpreter {
    let mut settings = Settings::default();
    // Unbuffered stdio keeps stdout and stderr in the order they were written.
    settings.buffered_stdio = false;
    settings.ignore_environment = true;
    settings.user_site_directory = false;
    settings.import_site = true;
    settings.safe_path = true;
    InterpreterBuilder::new().settings(settings).init_stdlib().interpreter()
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

fn apply_limits(limits: &Limits) -> Result<()> {
    const MIB: u64 = 1 << 20;
    set_limit(libc::RLIMIT_AS, limits.memory_mb * MIB, limits.memory_mb * MIB).context("setting the memory limit")?;
    // SIGXCPU at the soft limit names the cause; SIGKILL a second later is the backstop.
    set_limit(libc::RLIMIT_CPU, limits.cpu_seconds, limits.cpu_seconds + 1).context("setting the CPU limit")?;
    set_limit(libc::RLIMIT_FSIZE, limits.file_size_mb * MIB, limits.file_size_mb * MIB).context("setting the file-size limit")?;
    Ok(())
}

fn set_limit(resource: libc::__rlimit_resource_t, soft: u64, hard: u64) -> std::io::Result<()> {
    let limit = libc::rlimit { rlim_cur: soft, rlim_max: hard };
    // SAFETY: setrlimit reads the struct we pass it.
    if unsafe { libc::setrlimit(resource, &limit) } == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

struct Reporter {
    control: UnixStream,
}

impl Reporter {
    fn send(&mut self, message: &WorkerMessage) -> Result<()> {
        let mut line = serde_json::to_string(message)?;
        line.push('\n');
        self.control.write_all(line.as_bytes()).context("reporting to the preprocessor")
    }
}

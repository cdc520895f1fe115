use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use clap::{Parser, Subcommand};
use mdbook_preprocessor::Preprocessor;
use mdbook_pyrun::config::Config;
use mdbook_pyrun::preprocess::PyRun;

/// mdBook preprocessor that runs Python listings on an embedded RustPython VM.
///
/// With no command, it reads mdBook's JSON on stdin and writes the book on stdout.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Tell mdBook whether a renderer is supported (exit 0) or not (exit 1).
    Supports { renderer: String },
    /// Run one Python file as the book build would, print its output and outcome.
    Run {
        file: PathBuf,
        /// The exception the file must raise.
        #[arg(long)]
        expect_error: Option<String>,
        /// Wall-clock limit in seconds.
        #[arg(long, default_value_t = 10.0)]
        timeout: f64,
    },
    /// Run every listing and write the recorded output beside each listing file.
    Bless {
        /// The book's root, where book.toml is.
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Run every listing and compare each with its recorded output.
    Check {
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Internal: mean milliseconds per trivial listing, for `cargo xtask bench`.
    #[command(hide = true)]
    BenchIsolation { count: usize },
    /// Internal: build an interpreter once, then fork a worker per listing on request (fd 3).
    #[command(hide = true)]
    Zygote,
    /// Internal: enter a listing's sandbox, then execute a program in it (or, with
    /// --probe, print what the sandbox lacks here).
    #[command(hide = true, name = "sandbox-exec")]
    SandboxExec {
        #[arg(long)]
        folder: PathBuf,
        #[arg(long)]
        read: Vec<PathBuf>,
        #[arg(long)]
        probe: bool,
        #[arg(last = true)]
        program: Vec<std::ffi::OsString>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("mdbook-pyrun: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        None => {
            let (ctx, book) = mdbook_preprocessor::parse_input(std::io::stdin().lock())?;
            let book = PyRun.run(&ctx, book)?;
            let mut stdout = std::io::stdout().lock();
            serde_json::to_writer(&mut stdout, &book)?;
            stdout.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Supports { renderer }) => {
            Ok(if PyRun.supports_renderer(&renderer)? { ExitCode::SUCCESS } else { ExitCode::FAILURE })
        }
        Some(Command::Run { file, expect_error, timeout }) => {
            let mut config = Config::default();
            config.timeout = timeout;
            let ok = mdbook_pyrun::commands::run_file(&file, expect_error, &config)?;
            Ok(if ok { ExitCode::SUCCESS } else { ExitCode::FAILURE })
        }
        Some(Command::Bless { root }) => mdbook_pyrun::commands::bless_all(&root).map(|()| ExitCode::SUCCESS),
        Some(Command::Check { root }) => mdbook_pyrun::commands::check_all(&root).map(|()| ExitCode::SUCCESS),
        Some(Command::BenchIsolation { count }) => {
            println!("{:.2}", mdbook_pyrun::commands::bench_isolation(count)?);
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Zygote) => mdbook_pyrun::worker::zygote_main(),
        Some(Command::SandboxExec { folder, read, probe, program }) => {
            Ok(mdbook_pyrun::sandbox::trampoline_main(&folder, &read, probe, &program))
        }
    }
}

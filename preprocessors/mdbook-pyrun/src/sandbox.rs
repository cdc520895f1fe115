//! What a listing may do, on Linux. A book's listings are code that anyone
//! who opens a pull request can change, and CI runs them with its privileges.
//! So each listing (the VM's forked worker, or a native CPython or a Rust
//! program started through [`TRAMPOLINE`]) enters a sandbox before it runs:
//!
//! - **Network**: a network namespace of its own, with only a loopback
//!   interface (brought up, so listings that serve and connect on localhost
//!   work). Nothing else is reachable, the host's loopback included.
//! - **Files**: Landlock. It writes only in its own folder (and `/dev/null`
//!   and the like, and a private `/dev/shm`); it reads only what a program
//!   needs (system libraries, a few files of `/etc`, `/proc`, its interpreter),
//!   never the building user's home or the book's tree.
//! - **Processes**: Landlock's signal scope: it cannot signal, or ptrace, any
//!   process outside its own sandbox; and a private `/proc` mounted with
//!   `hidepid=ptraceable` shows it only those processes (`invisible` would let
//!   members of the mount's group, root by default, see every process).
//! - **Privileges**: every capability is dropped, from the bounding set too,
//!   so a listing run as root (as in CI) cannot load a kernel module or undo
//!   the rest; and no_new_privs is set.
//!
//! Namespaces need root, or unprivileged user namespaces; Landlock needs
//! Linux 6.12 for signal scoping. What the kernel or the user's privileges do
//! not allow is reported once per build ([`probe`]), and the listing runs with
//! the isolation it can get.

use std::os::fd::AsRawFd;
use std::path::{Path, PathBuf};

use landlock::{
    path_beneath_rules, Access, AccessFs, CompatLevel, Compatible, Ruleset, RulesetAttr, RulesetCreatedAttr,
    RulesetStatus, Scope, ABI,
};
use nix::sched::{unshare, CloneFlags};

/// The hidden subcommand that enters a sandbox and then executes a program.
pub const TRAMPOLINE: &str = "sandbox-exec";

/// The Landlock ABI whose rights we ask for: 6 adds signal and abstract-socket scoping.
const LANDLOCK_ABI: ABI = ABI::V6;

/// Readable (and executable) by every listing: what programs need to run.
const SYSTEM_READ: [&str; 19] = [
    "/usr",
    "/lib",
    "/lib64",
    "/lib32",
    "/bin",
    "/sbin",
    "/etc/ld.so.cache",
    "/etc/ld.so.conf",
    "/etc/ld.so.conf.d",
    "/etc/localtime",
    "/etc/passwd",
    "/etc/group",
    "/etc/nsswitch.conf",
    "/etc/hosts",
    "/etc/host.conf",
    "/etc/gai.conf",
    "/etc/ssl",
    "/proc",
    "/sys/devices/system/cpu",
];

/// Devices a listing may read and write.
const DEVICES: [&str; 5] = ["/dev/null", "/dev/zero", "/dev/full", "/dev/random", "/dev/urandom"];

/// What could not be put in place here; empty when the sandbox is complete.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Gaps(pub Vec<String>);

/// Enter the sandbox: the calling process (single-threaded, about to run a
/// listing or exec one) may afterwards write only in `folder`, and read only
/// the system's files and `read`.
pub fn enter(folder: &Path, read: &[PathBuf]) -> Gaps {
    let mut gaps = Vec::new();
    let private_shm = match namespaces() {
        Ok(mounts) => {
            gaps.extend(mounts.gaps);
            mounts.private_shm
        }
        Err(gap) => {
            gaps.push(gap);
            false
        }
    };
    if let Err(gap) = drop_capabilities() {
        gaps.push(gap);
    }
    match landlock(folder, read, private_shm) {
        Ok(RulesetStatus::FullyEnforced) => {}
        Ok(_) => gaps
            .push(format!("Landlock is only partly enforced (this kernel lacks part of ABI {})", LANDLOCK_ABI as i32)),
        Err(err) => gaps.push(format!("no Landlock: {err}")),
    }
    Gaps(gaps)
}

struct Mounts {
    private_shm: bool,
    gaps: Vec<String>,
}

/// New network and mount namespaces (and a user namespace when not root),
/// with loopback up, a private `/proc` and a private `/dev/shm`.
fn namespaces() -> Result<Mounts, String> {
    let root = nix::unistd::geteuid().is_root();
    let mut flags = CloneFlags::CLONE_NEWNET | CloneFlags::CLONE_NEWNS;
    if !root {
        flags |= CloneFlags::CLONE_NEWUSER;
    }
    let (uid, gid) = (nix::unistd::getuid(), nix::unistd::getgid());
    unshare(flags).map_err(|e| format!("no private network: cannot create namespaces ({e})"))?;
    if !root {
        // Keep our own ids inside the new user namespace.
        let map = || -> std::io::Result<()> {
            std::fs::write("/proc/self/setgroups", "deny")?;
            std::fs::write("/proc/self/uid_map", format!("{uid} {uid} 1"))?;
            std::fs::write("/proc/self/gid_map", format!("{gid} {gid} 1"))
        };
        map().map_err(|e| format!("no private network: cannot map ids in a user namespace ({e})"))?;
    }
    loopback_up().map_err(|e| format!("the private network has no loopback ({e})"))?;
    let mut gaps = Vec::new();
    // Our mounts stay in our namespace.
    if let Err(e) = mount("none", "/", None, libc::MS_REC | libc::MS_PRIVATE, None) {
        return Ok(Mounts { private_shm: false, gaps: vec![format!("no private mounts ({e})")] });
    }
    let proc_flags = libc::MS_NOSUID | libc::MS_NODEV | libc::MS_NOEXEC;
    if let Err(e) = mount("proc", "/proc", Some("proc"), proc_flags, Some("hidepid=ptraceable")) {
        gaps.push(format!("other processes stay visible in /proc, though not signallable ({e})"));
    }
    let private_shm = Path::new("/dev/shm").is_dir()
        && mount("tmpfs", "/dev/shm", Some("tmpfs"), libc::MS_NOSUID | libc::MS_NODEV, Some("size=64m,mode=1777"))
            .is_ok();
    Ok(Mounts { private_shm, gaps })
}

/// mount(2). (nix has it, but behind a feature the VM does not enable on nix,
/// and enabling it would compile the VM a second time.)
fn mount(
    source: &str,
    target: &str,
    fstype: Option<&str>,
    flags: libc::c_ulong,
    data: Option<&str>,
) -> std::io::Result<()> {
    use std::ffi::CString;
    let text = |s: &str| CString::new(s).map_err(|_| std::io::Error::from(std::io::ErrorKind::InvalidInput));
    let (source, target) = (text(source)?, text(target)?);
    let fstype = fstype.map(text).transpose()?;
    let data = data.map(text).transpose()?;
    // SAFETY: every pointer is a NUL-terminated string that outlives the call, or null.
    let result = unsafe {
        libc::mount(
            source.as_ptr(),
            target.as_ptr(),
            fstype.as_ref().map_or(std::ptr::null(), |s| s.as_ptr()),
            flags,
            data.as_ref().map_or(std::ptr::null(), |d| d.as_ptr().cast()),
        )
    };
    if result == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

/// Bring up `lo` in the new network namespace.
fn loopback_up() -> std::io::Result<()> {
    use nix::sys::socket::{socket, AddressFamily, SockFlag, SockType};
    let sock = socket(AddressFamily::Inet, SockType::Datagram, SockFlag::SOCK_CLOEXEC, None)?;
    // SAFETY: an all-zero ifreq is valid; we set its name below.
    let mut request: libc::ifreq = unsafe { std::mem::zeroed() };
    for (to, from) in request.ifr_name.iter_mut().zip(b"lo\0") {
        *to = *from as libc::c_char;
    }
    // SAFETY: SIOCGIFFLAGS and SIOCSIFFLAGS read and write the ifreq passed.
    unsafe {
        if libc::ioctl(sock.as_raw_fd(), libc::SIOCGIFFLAGS, &mut request) < 0 {
            return Err(std::io::Error::last_os_error());
        }
        request.ifr_ifru.ifru_flags |= libc::IFF_UP as libc::c_short;
        if libc::ioctl(sock.as_raw_fd(), libc::SIOCSIFFLAGS, &request) < 0 {
            return Err(std::io::Error::last_os_error());
        }
    }
    Ok(())
}

/// Drop every capability, from the bounding set too, so that not even a
/// program executed later (as root) gets any back.
fn drop_capabilities() -> Result<(), String> {
    use caps::CapSet;
    for set in [CapSet::Ambient, CapSet::Bounding, CapSet::Inheritable, CapSet::Effective, CapSet::Permitted] {
        caps::clear(None, set).map_err(|e| format!("cannot drop capabilities: {e}"))?;
    }
    Ok(())
}

fn landlock(folder: &Path, read: &[PathBuf], private_shm: bool) -> Result<RulesetStatus, landlock::RulesetError> {
    let all = AccessFs::from_all(LANDLOCK_ABI);
    let read_access = AccessFs::from_read(LANDLOCK_ABI);
    let device = AccessFs::ReadFile | AccessFs::WriteFile;
    let existing = |paths: Vec<PathBuf>| paths.into_iter().filter(|p| p.exists()).collect::<Vec<_>>();
    let system: Vec<PathBuf> = existing(SYSTEM_READ.iter().map(PathBuf::from).chain(read.iter().cloned()).collect());
    let mut writable = vec![folder.to_path_buf()];
    if private_shm {
        writable.push(PathBuf::from("/dev/shm"));
    }
    let status = Ruleset::default()
        .set_compatibility(CompatLevel::BestEffort)
        .handle_access(all)?
        .scope(Scope::from_all(LANDLOCK_ABI))?
        .create()?
        .add_rules(path_beneath_rules(system, read_access))?
        .add_rules(path_beneath_rules(existing(DEVICES.iter().map(PathBuf::from).collect()), device))?
        .add_rules(path_beneath_rules(writable, all))?
        .restrict_self()?;
    Ok(status.ruleset)
}

/// Find out once, in a throwaway process, what a sandbox can be here; the
/// preprocessor reports the gaps once per build.
pub fn probe(worker_exe: &Path) -> Gaps {
    let folder = match tempfile::Builder::new().prefix("pyrun-probe-").tempdir() {
        Ok(folder) => folder,
        Err(e) => return Gaps(vec![format!("cannot probe the sandbox: {e}")]),
    };
    let output = std::process::Command::new(worker_exe)
        .arg(TRAMPOLINE)
        .arg("--folder")
        .arg(folder.path())
        .arg("--probe")
        .stdin(std::process::Stdio::null())
        .output();
    match output {
        Ok(output) if output.status.success() => {
            Gaps(String::from_utf8_lossy(&output.stdout).lines().filter(|l| !l.is_empty()).map(String::from).collect())
        }
        Ok(output) => {
            Gaps(vec![format!("the sandbox probe failed: {}", String::from_utf8_lossy(&output.stderr).trim())])
        }
        Err(e) => Gaps(vec![format!("cannot run the sandbox probe: {e}")]),
    }
}

/// `mdbook-pyrun sandbox-exec --folder DIR [--read PATH]... [--probe | -- PROGRAM ARGS...]`.
pub fn trampoline_main(
    folder: &Path,
    read: &[PathBuf],
    probe: bool,
    program: &[std::ffi::OsString],
) -> std::process::ExitCode {
    let gaps = enter(folder, read);
    if probe {
        for gap in &gaps.0 {
            println!("{gap}");
        }
        return std::process::ExitCode::SUCCESS;
    }
    let Some((program, args)) = program.split_first() else {
        eprintln!("mdbook-pyrun {TRAMPOLINE}: no program to run");
        return std::process::ExitCode::from(70);
    };
    use std::os::unix::process::CommandExt;
    let err = std::process::Command::new(program).args(args).exec();
    eprintln!("mdbook-pyrun {TRAMPOLINE}: cannot run {}: {err}", Path::new(program).display());
    std::process::ExitCode::from(70)
}

use std::time::Duration;

use crate::error::{OsResult, strerror};
use crate::process::Spawn;
use crate::stat::{DirEntry, Stat};

/// The operating system as the VM's native modules see it.
///
/// One object per context, held as `Arc<dyn Posix>`. Semantics are POSIX's: descriptors
/// are small integers, paths are bytes (relative ones resolve against the backend's
/// working directory), and failures carry the errno the system call would have set, with
/// the path(s) given by the caller as file names. The VM maps them to Python exceptions
/// exactly as CPython does.
///
/// Descriptors returned by `open`, `dup` and `pipe` are non-inheritable, as PEP 446 makes
/// them in CPython.
pub trait Posix: Send + Sync {
    /// `open(2)`: opens `path` with `O_*` `flags`; `mode` (before the umask) applies when
    /// a file is created.
    fn open(&self, path: &[u8], flags: i32, mode: u32) -> OsResult<i32>;
    /// `read(2)`: reads at most `buf.len()` bytes; 0 means end of file.
    fn read(&self, fd: i32, buf: &mut [u8]) -> OsResult<usize>;
    /// `write(2)`: writes some prefix of `buf` and returns its length.
    fn write(&self, fd: i32, buf: &[u8]) -> OsResult<usize>;
    /// `close(2)`.
    fn close(&self, fd: i32) -> OsResult<()>;
    /// `lseek(2)` with `SEEK_SET`, `SEEK_CUR` or `SEEK_END`; returns the new offset.
    fn lseek(&self, fd: i32, offset: i64, whence: i32) -> OsResult<i64>;
    /// `fstat(2)`.
    fn fstat(&self, fd: i32) -> OsResult<Stat>;
    /// `fsync(2)`.
    fn fsync(&self, fd: i32) -> OsResult<()>;
    /// `ftruncate(2)`.
    fn ftruncate(&self, fd: i32, length: i64) -> OsResult<()>;
    /// Whether `fd` refers to a terminal; never fails, like `os.isatty`.
    fn isatty(&self, fd: i32) -> bool;
    /// A new non-inheritable descriptor for the same open file, the lowest one free.
    fn dup(&self, fd: i32) -> OsResult<i32>;
    /// Makes `fd2` refer to the same open file as `fd`, closing what `fd2` referred to.
    fn dup2(&self, fd: i32, fd2: i32, inheritable: bool) -> OsResult<i32>;
    /// Whether `fd` would be inherited by a spawned process.
    fn get_inheritable(&self, fd: i32) -> OsResult<bool>;
    /// Sets whether `fd` is inherited by spawned processes.
    fn set_inheritable(&self, fd: i32, inheritable: bool) -> OsResult<()>;
    /// A pipe as `(read end, write end)`.
    fn pipe(&self) -> OsResult<(i32, i32)>;
    /// The size of the terminal on `fd`; `ENOTTY` when it is not a terminal.
    fn get_terminal_size(&self, fd: i32) -> OsResult<TerminalSize>;

    /// `stat(2)`, following symlinks.
    fn stat(&self, path: &[u8]) -> OsResult<Stat>;
    /// `lstat(2)`: a symlink is described itself.
    fn lstat(&self, path: &[u8]) -> OsResult<Stat>;
    /// `access(2)` with `F_OK` or any of `R_OK | W_OK | X_OK`; `os.access` turns any error
    /// into `False`.
    fn access(&self, path: &[u8], mode: i32) -> OsResult<()>;
    /// The working directory, absolute.
    fn getcwd(&self) -> OsResult<Vec<u8>>;
    /// Changes the working directory.
    fn chdir(&self, path: &[u8]) -> OsResult<()>;
    /// The names in a directory, without `.` and `..`, in no particular order.
    fn listdir(&self, path: &[u8]) -> OsResult<Vec<Vec<u8>>> {
        Ok(self
            .scandir(path)?
            .into_iter()
            .map(|entry| entry.name)
            .collect())
    }
    /// The entries of a directory, without `.` and `..`, in no particular order.
    fn scandir(&self, path: &[u8]) -> OsResult<Vec<DirEntry>>;
    /// Creates a directory with `mode` (before the umask).
    fn mkdir(&self, path: &[u8], mode: u32) -> OsResult<()>;
    /// Removes an empty directory.
    fn rmdir(&self, path: &[u8]) -> OsResult<()>;
    /// Removes a non-directory.
    fn unlink(&self, path: &[u8]) -> OsResult<()>;
    /// Renames `src` to `dst`, replacing `dst` if it exists (so it serves `os.replace`
    /// too: on POSIX the two are the same call).
    fn rename(&self, src: &[u8], dst: &[u8]) -> OsResult<()>;
    /// Creates a symlink at `link` whose content is `target`, stored as given.
    fn symlink(&self, target: &[u8], link: &[u8]) -> OsResult<()>;
    /// The content of the symlink at `path`.
    fn readlink(&self, path: &[u8]) -> OsResult<Vec<u8>>;
    /// Sets permission bits; with `follow_symlinks` false a symlink itself is changed
    /// (which Linux refuses with `EOPNOTSUPP`).
    fn chmod(&self, path: &[u8], mode: u32, follow_symlinks: bool) -> OsResult<()>;
    /// Sets `(access, modification)` times in nanoseconds, or both to now when `None`.
    fn utime(
        &self,
        path: &[u8],
        times_ns: Option<(i128, i128)>,
        follow_symlinks: bool,
    ) -> OsResult<()>;
    /// Sets the file-creation mask and returns the previous one.
    fn umask(&self, mask: u32) -> u32;

    /// Every environment variable as `(name, value)`.
    fn environ(&self) -> Vec<(Vec<u8>, Vec<u8>)>;
    /// One environment variable.
    fn getenv(&self, name: &[u8]) -> Option<Vec<u8>>;
    /// Sets an environment variable, as `os.putenv` does (`os.environ` is the VM's copy
    /// and is not updated); `EINVAL` for an empty name or one containing `=` or NUL.
    fn putenv(&self, name: &[u8], value: &[u8]) -> OsResult<()>;
    /// Removes an environment variable, as `os.unsetenv` does.
    fn unsetenv(&self, name: &[u8]) -> OsResult<()>;

    /// This process's id.
    fn getpid(&self) -> i32;
    /// The parent process's id.
    fn getppid(&self) -> i32;
    /// The real user id.
    fn getuid(&self) -> u32;
    /// The effective user id.
    fn geteuid(&self) -> u32;
    /// The real group id.
    fn getgid(&self) -> u32;
    /// The effective group id.
    fn getegid(&self) -> u32;
    /// What `os.uname` reports.
    fn uname(&self) -> OsResult<Uname>;
    /// Number of online CPUs, or `None` when unknown (as `os.cpu_count`).
    fn cpu_count(&self) -> Option<usize>;
    /// Fills `buf` with cryptographically secure random bytes.
    fn urandom(&self, buf: &mut [u8]) -> OsResult<()>;

    /// The current value of `clock`, in nanoseconds.
    fn clock_ns(&self, clock: Clock) -> OsResult<i64>;
    /// The resolution of `clock`, in nanoseconds.
    fn clock_resolution_ns(&self, clock: Clock) -> OsResult<i64>;
    /// Sleeps for `duration`, resuming after interruptions as `time.sleep` does.
    fn sleep(&self, duration: Duration) -> OsResult<()>;

    /// The message for an errno value, as `os.strerror` returns it.
    fn strerror(&self, errno: i32) -> String {
        strerror(errno)
    }

    /// Sends `signal` to process `pid`.
    fn kill(&self, pid: i32, signal: i32) -> OsResult<()>;
    /// Waits for a child as `waitpid(2)`; returns `(pid, raw status)`, with pid 0 when
    /// `WNOHANG` found nothing. Decode the status with [`crate::WaitStatus`].
    fn waitpid(&self, pid: i32, options: i32) -> OsResult<(i32, i32)>;
    /// Starts a program in a new process and returns its pid.
    ///
    /// This takes the place of `fork` + `exec`: `os.fork` is absent by design, since a
    /// runtime with several contexts and threads cannot fork safely.
    fn spawn(&self, spawn: &Spawn) -> OsResult<i32>;
}

/// The clocks behind the `time` module.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Clock {
    /// Wall-clock time since the epoch (`time.time_ns`).
    Realtime,
    /// Never goes backwards (`time.monotonic_ns`).
    Monotonic,
    /// The highest-resolution monotonic clock (`time.perf_counter_ns`).
    PerfCounter,
    /// CPU time of the whole process (`time.process_time_ns`).
    ProcessTime,
    /// CPU time of the calling thread (`time.thread_time_ns`).
    ThreadTime,
}

/// What `os.uname` reports, as bytes the VM decodes with the file system encoding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Uname {
    /// Operating system name.
    pub sysname: Vec<u8>,
    /// Host name.
    pub nodename: Vec<u8>,
    /// Kernel release.
    pub release: Vec<u8>,
    /// Kernel version.
    pub version: Vec<u8>,
    /// Hardware name.
    pub machine: Vec<u8>,
}

/// A terminal's size in character cells, as `os.get_terminal_size` reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TerminalSize {
    /// Width.
    pub columns: u16,
    /// Height.
    pub lines: u16,
}

//! The virtual backend: per-context state over an embedder-chosen file system.

mod fd_table;
mod pipe;
mod stream;

use std::collections::BTreeMap;
use std::io::{self, Read, Write};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::errno;
use crate::error::{OsError, OsResult};
use crate::host;
use crate::path;
use crate::posix::{Clock, Posix, TerminalSize, Uname};
use crate::process::Spawn;
use crate::stat::{DirEntry, FileType, Stat};
use crate::sync::lock;
use crate::vfs::{FileHandle, FileSystem};

use fd_table::{FdTable, SharedFile};
use stream::{Input, Output};

/// The process id a virtual context reports. It owns no process, and a fixed value keeps
/// output that prints or compares pids the same from run to run.
pub const VIRTUAL_PID: i32 = 42;
/// The parent process id a virtual context reports: init's, as for an orphan.
pub const VIRTUAL_PPID: i32 = 1;
/// The user id a virtual context runs as and owns its in-memory files as: an ordinary
/// user, so programs take no root-only code paths.
pub const VIRTUAL_UID: u32 = 1000;
/// The group id a virtual context runs as.
pub const VIRTUAL_GID: u32 = 1000;

/// The umask every virtual context starts with, whatever the host's.
const INITIAL_UMASK: u32 = 0o022;

/// The backend for embedded contexts: nothing reaches the host except through what the
/// embedder hands in.
///
/// - Descriptors live in a table of this context's own; 0, 1 and 2 are the embedder's
///   streams (empty input and discarded output by default), and `pipe` makes an
///   in-memory pipe.
/// - Paths resolve against a working directory of this context's own (initially `/`),
///   and go to the [`FileSystem`] given at construction; the umask (initially `0o022`)
///   is applied here.
/// - The environment is a map the embedder fills (empty by default); `putenv` changes
///   only this map.
/// - `kill`, `waitpid` and `spawn` fail with `EPERM`. Ids are fixed
///   ([`VIRTUAL_PID`], [`VIRTUAL_UID`], ...), and `uname` names no host.
///
/// ```
/// use terrarium_os::{MemoryFs, Posix, VirtualPosix, consts};
///
/// let posix = VirtualPosix::builder(MemoryFs::new())
///     .stdout(Vec::new())
///     .env("HOME", "/home")
///     .build();
/// posix.mkdir(b"/home", 0o777)?;
/// posix.chdir(b"/home")?;
/// let fd = posix.open(b"notes.txt", consts::O_WRONLY | consts::O_CREAT, 0o666)?;
/// assert_eq!(fd, 3);
/// assert_eq!(posix.stat(b"/home/notes.txt")?.st_mode & 0o777, 0o644);
/// assert_eq!(posix.getenv(b"HOME"), Some(b"/home".to_vec()));
/// # Ok::<(), terrarium_os::OsError>(())
/// ```
pub struct VirtualPosix {
    fs: Box<dyn FileSystem>,
    fds: Mutex<FdTable>,
    cwd: Mutex<Vec<u8>>,
    umask: AtomicU32,
    env: Mutex<BTreeMap<Vec<u8>, Vec<u8>>>,
}

/// Configures a [`VirtualPosix`].
pub struct VirtualPosixBuilder {
    fs: Box<dyn FileSystem>,
    stdin: Box<dyn Read + Send>,
    stdout: Box<dyn Write + Send>,
    stderr: Box<dyn Write + Send>,
    env: BTreeMap<Vec<u8>, Vec<u8>>,
}

impl VirtualPosixBuilder {
    /// What descriptor 0 reads.
    pub fn stdin(mut self, stdin: impl Read + Send + 'static) -> Self {
        self.stdin = Box::new(stdin);
        self
    }

    /// Where descriptor 1 writes.
    pub fn stdout(mut self, stdout: impl Write + Send + 'static) -> Self {
        self.stdout = Box::new(stdout);
        self
    }

    /// Where descriptor 2 writes.
    pub fn stderr(mut self, stderr: impl Write + Send + 'static) -> Self {
        self.stderr = Box::new(stderr);
        self
    }

    /// Adds an environment variable.
    pub fn env(mut self, name: impl Into<Vec<u8>>, value: impl Into<Vec<u8>>) -> Self {
        self.env.insert(name.into(), value.into());
        self
    }

    /// The configured backend.
    pub fn build(self) -> VirtualPosix {
        let mut fds = FdTable::default();
        let streams: [Box<dyn FileHandle>; 3] = [
            Box::new(Input(self.stdin)),
            Box::new(Output(self.stdout)),
            Box::new(Output(self.stderr)),
        ];
        for stream in streams {
            // Standard streams are inheritable, as in any process.
            fds.insert(Arc::new(Mutex::new(stream)), true)
                .expect("an empty table has room for the standard streams");
        }
        VirtualPosix {
            fs: self.fs,
            fds: Mutex::new(fds),
            cwd: Mutex::new(b"/".to_vec()),
            umask: AtomicU32::new(INITIAL_UMASK),
            env: Mutex::new(self.env),
        }
    }
}

fn refused<T>() -> OsResult<T> {
    Err(OsError::new(errno::EPERM))
}

fn valid_env_name(name: &[u8]) -> bool {
    !name.is_empty() && !name.contains(&b'=') && !name.contains(&0)
}

impl VirtualPosix {
    /// A backend over `fs` with default streams and an empty environment.
    pub fn new(fs: impl FileSystem + 'static) -> Self {
        Self::builder(fs).build()
    }

    /// Starts configuring a backend over `fs`.
    pub fn builder(fs: impl FileSystem + 'static) -> VirtualPosixBuilder {
        VirtualPosixBuilder {
            fs: Box::new(fs),
            stdin: Box::new(io::empty()),
            stdout: Box::new(io::sink()),
            stderr: Box::new(io::sink()),
            env: BTreeMap::new(),
        }
    }

    /// `path` as the file system sees it: absolute and folded.
    fn resolve(&self, path: &[u8]) -> OsResult<Vec<u8>> {
        path::check(path)?;
        Ok(path::absolute(&lock(&self.cwd), path))
    }

    /// Runs `call` on the resolved `path`, naming the caller's `path` in any error.
    fn at<T>(&self, path: &[u8], call: impl FnOnce(&[u8]) -> OsResult<T>) -> OsResult<T> {
        self.resolve(path)
            .and_then(|resolved| call(&resolved))
            .map_err(|err| err.with_filename(path))
    }

    fn with_file<T>(
        &self,
        fd: i32,
        call: impl FnOnce(&mut Box<dyn FileHandle>) -> OsResult<T>,
    ) -> OsResult<T> {
        // The table is unlocked before the call, which may block (a pipe, stdin).
        let file = lock(&self.fds).get(fd)?;
        call(&mut lock(&file))
    }

    fn masked(&self, mode: u32) -> u32 {
        mode & 0o7777 & !self.umask.load(Ordering::Relaxed)
    }

    fn install(&self, file: Box<dyn FileHandle>) -> OsResult<i32> {
        lock(&self.fds).insert(Arc::new(Mutex::new(file)), false)
    }
}

impl Posix for VirtualPosix {
    fn open(&self, path: &[u8], flags: i32, mode: u32) -> OsResult<i32> {
        let file = self.at(path, |resolved| {
            self.fs.open(resolved, flags, self.masked(mode))
        })?;
        self.install(file)
    }

    fn read(&self, fd: i32, buf: &mut [u8]) -> OsResult<usize> {
        self.with_file(fd, |file| file.read(buf))
    }

    fn write(&self, fd: i32, buf: &[u8]) -> OsResult<usize> {
        self.with_file(fd, |file| file.write(buf))
    }

    fn close(&self, fd: i32) -> OsResult<()> {
        // Dropped once the table is unlocked: closing may flush a host stream.
        let file: SharedFile = lock(&self.fds).remove(fd)?;
        drop(file);
        Ok(())
    }

    fn lseek(&self, fd: i32, offset: i64, whence: i32) -> OsResult<i64> {
        self.with_file(fd, |file| file.seek(offset, whence))
    }

    fn fstat(&self, fd: i32) -> OsResult<Stat> {
        self.with_file(fd, |file| file.stat())
    }

    fn fsync(&self, fd: i32) -> OsResult<()> {
        self.with_file(fd, |file| file.sync())
    }

    fn ftruncate(&self, fd: i32, length: i64) -> OsResult<()> {
        self.with_file(fd, |file| file.truncate(length))
    }

    fn isatty(&self, fd: i32) -> bool {
        self.with_file(fd, |file| Ok(file.isatty()))
            .unwrap_or(false)
    }

    fn dup(&self, fd: i32) -> OsResult<i32> {
        let mut fds = lock(&self.fds);
        let file = fds.get(fd)?;
        fds.insert(file, false)
    }

    fn dup2(&self, fd: i32, fd2: i32, inheritable: bool) -> OsResult<i32> {
        let replaced = {
            let mut fds = lock(&self.fds);
            let file = fds.get(fd)?;
            if fd == fd2 {
                return Ok(fd2);
            }
            fds.insert_at(fd2, file, inheritable)?
        };
        drop(replaced);
        Ok(fd2)
    }

    fn get_inheritable(&self, fd: i32) -> OsResult<bool> {
        lock(&self.fds).inheritable(fd)
    }

    fn set_inheritable(&self, fd: i32, inheritable: bool) -> OsResult<()> {
        lock(&self.fds).set_inheritable(fd, inheritable)
    }

    fn pipe(&self) -> OsResult<(i32, i32)> {
        let (read_end, write_end) = pipe::pipe();
        let read_fd = self.install(read_end)?;
        match self.install(write_end) {
            Ok(write_fd) => Ok((read_fd, write_fd)),
            Err(err) => {
                self.close(read_fd)?;
                Err(err)
            }
        }
    }

    fn get_terminal_size(&self, fd: i32) -> OsResult<TerminalSize> {
        lock(&self.fds).get(fd)?;
        Err(OsError::new(errno::ENOTTY))
    }

    fn stat(&self, path: &[u8]) -> OsResult<Stat> {
        self.at(path, |resolved| self.fs.stat(resolved))
    }

    fn lstat(&self, path: &[u8]) -> OsResult<Stat> {
        self.at(path, |resolved| self.fs.lstat(resolved))
    }

    fn access(&self, path: &[u8], mode: i32) -> OsResult<()> {
        self.at(path, |resolved| self.fs.access(resolved, mode))
    }

    fn getcwd(&self) -> OsResult<Vec<u8>> {
        Ok(lock(&self.cwd).clone())
    }

    fn chdir(&self, path: &[u8]) -> OsResult<()> {
        let resolved = self.at(path, |resolved| {
            if self.fs.stat(resolved)?.file_type() != FileType::Directory {
                return Err(OsError::new(errno::ENOTDIR));
            }
            Ok(resolved.to_vec())
        })?;
        *lock(&self.cwd) = resolved;
        Ok(())
    }

    fn scandir(&self, path: &[u8]) -> OsResult<Vec<DirEntry>> {
        self.at(path, |resolved| self.fs.listdir(resolved))
    }

    fn mkdir(&self, path: &[u8], mode: u32) -> OsResult<()> {
        self.at(path, |resolved| self.fs.mkdir(resolved, self.masked(mode)))
    }

    fn rmdir(&self, path: &[u8]) -> OsResult<()> {
        self.at(path, |resolved| self.fs.rmdir(resolved))
    }

    fn unlink(&self, path: &[u8]) -> OsResult<()> {
        self.at(path, |resolved| self.fs.unlink(resolved))
    }

    fn rename(&self, src: &[u8], dst: &[u8]) -> OsResult<()> {
        self.resolve(src)
            .and_then(|from| self.fs.rename(&from, &self.resolve(dst)?))
            .map_err(|err| err.with_filenames(src, dst))
    }

    fn symlink(&self, target: &[u8], link: &[u8]) -> OsResult<()> {
        // The target is content, stored as given; only the link's own path resolves.
        self.resolve(link)
            .and_then(|resolved| self.fs.symlink(target, &resolved))
            .map_err(|err| err.with_filenames(target, link))
    }

    fn readlink(&self, path: &[u8]) -> OsResult<Vec<u8>> {
        self.at(path, |resolved| self.fs.readlink(resolved))
    }

    fn chmod(&self, path: &[u8], mode: u32, follow_symlinks: bool) -> OsResult<()> {
        self.at(path, |resolved| {
            self.fs.chmod(resolved, mode, follow_symlinks)
        })
    }

    fn utime(
        &self,
        path: &[u8],
        times_ns: Option<(i128, i128)>,
        follow_symlinks: bool,
    ) -> OsResult<()> {
        self.at(path, |resolved| {
            self.fs.utime(resolved, times_ns, follow_symlinks)
        })
    }

    fn umask(&self, mask: u32) -> u32 {
        self.umask.swap(mask & 0o777, Ordering::Relaxed)
    }

    fn environ(&self) -> Vec<(Vec<u8>, Vec<u8>)> {
        lock(&self.env)
            .iter()
            .map(|(name, value)| (name.clone(), value.clone()))
            .collect()
    }

    fn getenv(&self, name: &[u8]) -> Option<Vec<u8>> {
        lock(&self.env).get(name).cloned()
    }

    fn putenv(&self, name: &[u8], value: &[u8]) -> OsResult<()> {
        if !valid_env_name(name) || value.contains(&0) {
            return Err(OsError::new(errno::EINVAL));
        }
        lock(&self.env).insert(name.to_vec(), value.to_vec());
        Ok(())
    }

    fn unsetenv(&self, name: &[u8]) -> OsResult<()> {
        if !valid_env_name(name) {
            return Err(OsError::new(errno::EINVAL));
        }
        lock(&self.env).remove(name);
        Ok(())
    }

    fn getpid(&self) -> i32 {
        VIRTUAL_PID
    }

    fn getppid(&self) -> i32 {
        VIRTUAL_PPID
    }

    fn getuid(&self) -> u32 {
        VIRTUAL_UID
    }

    fn geteuid(&self) -> u32 {
        VIRTUAL_UID
    }

    fn getgid(&self) -> u32 {
        VIRTUAL_GID
    }

    fn getegid(&self) -> u32 {
        VIRTUAL_GID
    }

    /// The host's system and machine names, so platform checks behave, but no host
    /// name, kernel release or build string.
    fn uname(&self) -> OsResult<Uname> {
        let host = host::uname()?;
        Ok(Uname {
            sysname: host.sysname,
            nodename: b"localhost".to_vec(),
            release: Vec::new(),
            version: Vec::new(),
            machine: host.machine,
        })
    }

    fn cpu_count(&self) -> Option<usize> {
        host::cpu_count()
    }

    fn urandom(&self, buf: &mut [u8]) -> OsResult<()> {
        host::urandom(buf)
    }

    fn clock_ns(&self, clock: Clock) -> OsResult<i64> {
        host::clock_ns(clock)
    }

    fn clock_resolution_ns(&self, clock: Clock) -> OsResult<i64> {
        host::clock_resolution_ns(clock)
    }

    fn sleep(&self, duration: Duration) -> OsResult<()> {
        std::thread::sleep(duration);
        Ok(())
    }

    fn kill(&self, _pid: i32, _signal: i32) -> OsResult<()> {
        refused()
    }

    fn waitpid(&self, _pid: i32, _options: i32) -> OsResult<(i32, i32)> {
        refused()
    }

    fn spawn(&self, _spawn: &Spawn) -> OsResult<i32> {
        refused()
    }
}

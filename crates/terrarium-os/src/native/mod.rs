//! The native backend: direct system calls, CPython's semantics, no sandbox.

mod spawn;

use std::ffi::{CStr, OsStr, OsString};
use std::os::fd::IntoRawFd;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::time::Duration;

use crate::errno;
use crate::error::{OsError, OsResult};
use crate::host::{self, check, retry};
use crate::posix::{Clock, Posix, TerminalSize, Uname};
use crate::process::Spawn;
use crate::stat::{DirEntry, Stat};

type EintrHook = Box<dyn Fn() -> bool + Send + Sync>;

/// The backend the `terrarium` launcher uses: every call goes straight to the kernel, as
/// in CPython, with no sandbox.
///
/// Calls that can block are retried after `EINTR` (PEP 475). CPython runs pending signal
/// handlers before each retry; [`NativePosix::with_eintr_hook`] gives the VM the same
/// chance.
///
/// The working directory, umask and environment are the process's own, shared by every
/// context that uses this backend.
///
/// ```
/// use terrarium_os::{NativePosix, Posix};
///
/// let posix = NativePosix::new();
/// assert_eq!(posix.getpid() as u32, std::process::id());
/// ```
#[derive(Default)]
pub struct NativePosix {
    on_eintr: Option<EintrHook>,
}

impl NativePosix {
    /// A backend that retries interrupted calls unconditionally.
    pub fn new() -> Self {
        Self::default()
    }

    /// A backend that calls `hook` after each `EINTR`: `true` retries the call, `false`
    /// makes it fail with `EINTR`, which is how the VM lets an exception raised by a
    /// Python signal handler interrupt a blocking call.
    pub fn with_eintr_hook(hook: impl Fn() -> bool + Send + Sync + 'static) -> Self {
        Self {
            on_eintr: Some(Box::new(hook)),
        }
    }

    fn on_eintr(&self) -> bool {
        self.on_eintr.as_ref().is_none_or(|hook| hook())
    }

    fn retry<T: host::Ret>(&self, call: impl FnMut() -> T) -> OsResult<T> {
        retry(&|| self.on_eintr(), call)
    }
}

/// Runs `call` on `path` as a C string, naming `path` in any error.
fn with_path<T>(path: &[u8], call: impl FnOnce(&CStr) -> OsResult<T>) -> OsResult<T> {
    host::cstring(path)
        .and_then(|c_path| call(&c_path))
        .map_err(|err| err.with_filename(path))
}

fn with_paths<T>(
    path: &[u8],
    path2: &[u8],
    call: impl FnOnce(&CStr, &CStr) -> OsResult<T>,
) -> OsResult<T> {
    host::cstring(path)
        .and_then(|c_path| call(&c_path, &host::cstring(path2)?))
        .map_err(|err| err.with_filenames(path, path2))
}

/// Environment names the C library would reject or misparse.
fn valid_env_name(name: &[u8]) -> bool {
    !name.is_empty() && !name.contains(&b'=') && !name.contains(&0)
}

impl Posix for NativePosix {
    fn open(&self, path: &[u8], flags: i32, mode: u32) -> OsResult<i32> {
        with_path(path, |c_path| {
            host::openat(libc::AT_FDCWD, c_path, flags, mode, &|| self.on_eintr())
                .map(IntoRawFd::into_raw_fd)
        })
    }

    fn read(&self, fd: i32, buf: &mut [u8]) -> OsResult<usize> {
        host::read(fd, buf, &|| self.on_eintr())
    }

    fn write(&self, fd: i32, buf: &[u8]) -> OsResult<usize> {
        host::write(fd, buf, &|| self.on_eintr())
    }

    fn close(&self, fd: i32) -> OsResult<()> {
        // Not retried: on Linux the descriptor is gone even when close reports EINTR.
        // SAFETY: close takes no pointers; the caller owns `fd` at the Python level.
        check(unsafe { libc::close(fd) }).map(drop)
    }

    fn lseek(&self, fd: i32, offset: i64, whence: i32) -> OsResult<i64> {
        host::lseek(fd, offset, whence)
    }

    fn fstat(&self, fd: i32) -> OsResult<Stat> {
        host::fstat(fd)
    }

    fn fsync(&self, fd: i32) -> OsResult<()> {
        host::fsync(fd, &|| self.on_eintr())
    }

    fn ftruncate(&self, fd: i32, length: i64) -> OsResult<()> {
        host::ftruncate(fd, length, &|| self.on_eintr())
    }

    fn isatty(&self, fd: i32) -> bool {
        host::isatty(fd)
    }

    fn dup(&self, fd: i32) -> OsResult<i32> {
        // SAFETY: fcntl(F_DUPFD_CLOEXEC) takes no pointers.
        check(unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) })
    }

    fn dup2(&self, fd: i32, fd2: i32, inheritable: bool) -> OsResult<i32> {
        // SAFETY: dup2 and dup3 take no pointers.
        check(unsafe {
            if inheritable {
                libc::dup2(fd, fd2)
            } else {
                libc::dup3(fd, fd2, libc::O_CLOEXEC)
            }
        })
    }

    fn get_inheritable(&self, fd: i32) -> OsResult<bool> {
        // SAFETY: fcntl(F_GETFD) takes no pointers.
        let flags = check(unsafe { libc::fcntl(fd, libc::F_GETFD) })?;
        Ok(flags & libc::FD_CLOEXEC == 0)
    }

    fn set_inheritable(&self, fd: i32, inheritable: bool) -> OsResult<()> {
        // SAFETY: fcntl(F_GETFD) takes no pointers.
        let flags = check(unsafe { libc::fcntl(fd, libc::F_GETFD) })?;
        let flags = if inheritable {
            flags & !libc::FD_CLOEXEC
        } else {
            flags | libc::FD_CLOEXEC
        };
        // SAFETY: fcntl(F_SETFD) takes no pointers.
        check(unsafe { libc::fcntl(fd, libc::F_SETFD, flags) }).map(drop)
    }

    fn pipe(&self) -> OsResult<(i32, i32)> {
        let mut fds = [0; 2];
        // SAFETY: `fds` has room for the two descriptors pipe2 writes.
        check(unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) })?;
        Ok((fds[0], fds[1]))
    }

    fn get_terminal_size(&self, fd: i32) -> OsResult<TerminalSize> {
        let mut size = libc::winsize {
            ws_row: 0,
            ws_col: 0,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        // SAFETY: TIOCGWINSZ writes one `struct winsize` through the pointer.
        check(unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut size) })?;
        Ok(TerminalSize {
            columns: size.ws_col,
            lines: size.ws_row,
        })
    }

    fn stat(&self, path: &[u8]) -> OsResult<Stat> {
        with_path(path, |c_path| host::fstatat(libc::AT_FDCWD, c_path, 0))
    }

    fn lstat(&self, path: &[u8]) -> OsResult<Stat> {
        with_path(path, |c_path| {
            host::fstatat(libc::AT_FDCWD, c_path, libc::AT_SYMLINK_NOFOLLOW)
        })
    }

    fn access(&self, path: &[u8], mode: i32) -> OsResult<()> {
        with_path(path, |c_path| {
            // SAFETY: the path is NUL-terminated.
            check(unsafe { libc::faccessat(libc::AT_FDCWD, c_path.as_ptr(), mode, 0) }).map(drop)
        })
    }

    fn getcwd(&self) -> OsResult<Vec<u8>> {
        Ok(std::env::current_dir()?.into_os_string().into_vec())
    }

    fn chdir(&self, path: &[u8]) -> OsResult<()> {
        with_path(path, |c_path| {
            // SAFETY: the path is NUL-terminated.
            check(unsafe { libc::chdir(c_path.as_ptr()) }).map(drop)
        })
    }

    fn scandir(&self, path: &[u8]) -> OsResult<Vec<DirEntry>> {
        with_path(path, |c_path| {
            let flags = libc::O_RDONLY | libc::O_DIRECTORY;
            let dir = host::openat(libc::AT_FDCWD, c_path, flags, 0, &|| self.on_eintr())?;
            host::read_dir(dir)
        })
    }

    fn mkdir(&self, path: &[u8], mode: u32) -> OsResult<()> {
        with_path(path, |c_path| {
            // SAFETY: the path is NUL-terminated.
            check(unsafe { libc::mkdir(c_path.as_ptr(), mode) }).map(drop)
        })
    }

    fn rmdir(&self, path: &[u8]) -> OsResult<()> {
        with_path(path, |c_path| {
            // SAFETY: the path is NUL-terminated.
            check(unsafe { libc::rmdir(c_path.as_ptr()) }).map(drop)
        })
    }

    fn unlink(&self, path: &[u8]) -> OsResult<()> {
        with_path(path, |c_path| {
            // SAFETY: the path is NUL-terminated.
            check(unsafe { libc::unlink(c_path.as_ptr()) }).map(drop)
        })
    }

    fn rename(&self, src: &[u8], dst: &[u8]) -> OsResult<()> {
        with_paths(src, dst, |c_src, c_dst| {
            // SAFETY: both paths are NUL-terminated.
            check(unsafe { libc::rename(c_src.as_ptr(), c_dst.as_ptr()) }).map(drop)
        })
    }

    fn symlink(&self, target: &[u8], link: &[u8]) -> OsResult<()> {
        with_paths(target, link, |c_target, c_link| {
            // SAFETY: both paths are NUL-terminated.
            check(unsafe { libc::symlink(c_target.as_ptr(), c_link.as_ptr()) }).map(drop)
        })
    }

    fn readlink(&self, path: &[u8]) -> OsResult<Vec<u8>> {
        with_path(path, |c_path| host::readlinkat(libc::AT_FDCWD, c_path))
    }

    fn chmod(&self, path: &[u8], mode: u32, follow_symlinks: bool) -> OsResult<()> {
        let flags = if follow_symlinks {
            0
        } else {
            libc::AT_SYMLINK_NOFOLLOW
        };
        with_path(path, |c_path| {
            // SAFETY: the path is NUL-terminated.
            check(unsafe { libc::fchmodat(libc::AT_FDCWD, c_path.as_ptr(), mode, flags) }).map(drop)
        })
    }

    fn utime(
        &self,
        path: &[u8],
        times_ns: Option<(i128, i128)>,
        follow_symlinks: bool,
    ) -> OsResult<()> {
        let flags = if follow_symlinks {
            0
        } else {
            libc::AT_SYMLINK_NOFOLLOW
        };
        with_path(path, |c_path| {
            let times = host::timespecs(times_ns)?;
            // SAFETY: the path is NUL-terminated and `times` holds the two entries
            // utimensat reads.
            check(unsafe {
                libc::utimensat(libc::AT_FDCWD, c_path.as_ptr(), times.as_ptr(), flags)
            })
            .map(drop)
        })
    }

    fn umask(&self, mask: u32) -> u32 {
        // SAFETY: umask takes no pointers.
        unsafe { libc::umask(mask) }
    }

    fn environ(&self) -> Vec<(Vec<u8>, Vec<u8>)> {
        std::env::vars_os()
            .map(|(name, value)| (name.into_vec(), value.into_vec()))
            .collect()
    }

    fn getenv(&self, name: &[u8]) -> Option<Vec<u8>> {
        if !valid_env_name(name) {
            return None;
        }
        std::env::var_os(OsStr::from_bytes(name)).map(OsString::into_vec)
    }

    fn putenv(&self, name: &[u8], value: &[u8]) -> OsResult<()> {
        if !valid_env_name(name) || value.contains(&0) {
            return Err(OsError::new(errno::EINVAL));
        }
        // SAFETY: changing the environment races with C code reading it in other threads,
        // the hazard CPython's os.putenv accepts too; std serializes its own readers.
        unsafe { std::env::set_var(OsStr::from_bytes(name), OsStr::from_bytes(value)) };
        Ok(())
    }

    fn unsetenv(&self, name: &[u8]) -> OsResult<()> {
        if !valid_env_name(name) {
            return Err(OsError::new(errno::EINVAL));
        }
        // SAFETY: as for putenv.
        unsafe { std::env::remove_var(OsStr::from_bytes(name)) };
        Ok(())
    }

    fn getpid(&self) -> i32 {
        // SAFETY: getpid takes no pointers and cannot fail.
        unsafe { libc::getpid() }
    }

    fn getppid(&self) -> i32 {
        // SAFETY: getppid takes no pointers and cannot fail.
        unsafe { libc::getppid() }
    }

    fn getuid(&self) -> u32 {
        // SAFETY: getuid takes no pointers and cannot fail.
        unsafe { libc::getuid() }
    }

    fn geteuid(&self) -> u32 {
        // SAFETY: geteuid takes no pointers and cannot fail.
        unsafe { libc::geteuid() }
    }

    fn getgid(&self) -> u32 {
        // SAFETY: getgid takes no pointers and cannot fail.
        unsafe { libc::getgid() }
    }

    fn getegid(&self) -> u32 {
        // SAFETY: getegid takes no pointers and cannot fail.
        unsafe { libc::getegid() }
    }

    fn uname(&self) -> OsResult<Uname> {
        host::uname()
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
        // An absolute deadline keeps the total right however often the sleep is
        // interrupted, as CPython 3.11 does.
        let requested = i64::try_from(duration.as_nanos()).unwrap_or(i64::MAX);
        let start = host::clock_ns(Clock::Monotonic)?;
        let deadline = host::ns_timespec(start.saturating_add(requested));
        loop {
            // SAFETY: `deadline` is a valid timespec; no remainder is requested.
            let rc = unsafe {
                libc::clock_nanosleep(
                    libc::CLOCK_MONOTONIC,
                    libc::TIMER_ABSTIME,
                    &deadline,
                    std::ptr::null_mut(),
                )
            };
            match rc {
                0 => return Ok(()),
                libc::EINTR if self.on_eintr() => {}
                code => return Err(OsError::new(code)),
            }
        }
    }

    fn kill(&self, pid: i32, signal: i32) -> OsResult<()> {
        // SAFETY: kill takes no pointers.
        check(unsafe { libc::kill(pid, signal) }).map(drop)
    }

    fn waitpid(&self, pid: i32, options: i32) -> OsResult<(i32, i32)> {
        let mut status = 0;
        // SAFETY: `status` is valid for writes.
        let pid = self.retry(|| unsafe { libc::waitpid(pid, &mut status, options) })?;
        Ok((pid, status))
    }

    fn spawn(&self, spawn: &Spawn) -> OsResult<i32> {
        spawn::spawn(spawn)
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::{Arc, mpsc};
    use std::thread;
    use std::time::Instant;

    use super::*;

    extern "C" fn do_nothing(_signal: libc::c_int) {}

    /// Sleeps `sleep_for` on a new thread, interrupts it once with SIGUSR1, and returns
    /// the sleep's result, its duration and how often the hook ran.
    fn interrupted_sleep(sleep_for: Duration, retry: bool) -> (OsResult<()>, Duration, usize) {
        // SAFETY: the handler does nothing and is installed without SA_RESTART, so the
        // sleep sees EINTR; no other test uses SIGUSR1.
        unsafe {
            let mut action: libc::sigaction = std::mem::zeroed();
            action.sa_sigaction = do_nothing as extern "C" fn(libc::c_int) as usize;
            libc::sigaction(libc::SIGUSR1, &action, std::ptr::null_mut());
        }
        let calls = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&calls);
        let posix = NativePosix::with_eintr_hook(move || {
            counter.fetch_add(1, Ordering::SeqCst);
            retry
        });
        let (send_id, receive_id) = mpsc::channel();
        let sleeper = thread::spawn(move || {
            // SAFETY: pthread_self takes no pointers.
            send_id.send(unsafe { libc::pthread_self() }).unwrap();
            let started = Instant::now();
            let result = posix.sleep(sleep_for);
            (result, started.elapsed())
        });
        let target = receive_id.recv().unwrap();
        thread::sleep(Duration::from_millis(100));
        // SAFETY: the target thread is alive: it is still sleeping.
        unsafe { libc::pthread_kill(target, libc::SIGUSR1) };
        let (result, elapsed) = sleeper.join().unwrap();
        (result, elapsed, calls.load(Ordering::SeqCst))
    }

    #[test]
    fn sleep_resumes_after_a_signal_when_the_hook_agrees() {
        let (result, elapsed, calls) = interrupted_sleep(Duration::from_millis(400), true);
        assert!(result.is_ok());
        assert!(elapsed >= Duration::from_millis(400));
        assert_eq!(calls, 1);
    }

    #[test]
    fn sleep_fails_with_eintr_when_the_hook_declines() {
        let (result, elapsed, calls) = interrupted_sleep(Duration::from_secs(5), false);
        assert_eq!(result.unwrap_err().errno(), errno::EINTR);
        assert!(elapsed < Duration::from_secs(5));
        assert_eq!(calls, 1);
    }
}

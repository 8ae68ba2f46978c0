//! Starting a program in a child process without handing `fork` to Python.
//!
//! Everything the child does between fork and exec is described by a [`Spawn`] and
//! prepared here beforehand: any other thread may have held the allocator's lock at the
//! moment of the fork, so the child only makes async-signal-safe calls on memory that
//! already exists.

use std::ffi::{CString, c_char, c_int, c_uint};
use std::os::fd::AsRawFd;
use std::os::unix::ffi::OsStringExt;
use std::ptr;

use crate::errno;
use crate::error::{OsError, OsResult};
use crate::host::{self, ALWAYS_RETRY, check, cstring, retry};
use crate::process::Spawn;

/// Which part of the child's preparation failed, as reported through the error pipe.
const STEP_SETUP: i32 = 0;
const STEP_CWD: i32 = 1;
const STEP_EXEC: i32 = 2;

/// Step, errno and executable index, each a native-endian `i32`.
const REPORT_LEN: usize = 12;

/// What the child needs, built before the fork.
struct Prepared<'a> {
    spawn: &'a Spawn,
    executables: Vec<CString>,
    argv: Vec<*const c_char>,
    envp: Vec<*const c_char>,
    cwd: Option<CString>,
    /// Sorted descriptors above 2 that `close_fds` must leave open.
    keep: Vec<c_int>,
    open_max: c_int,
    report: c_int,
}

pub(super) fn spawn(spawn: &Spawn) -> OsResult<i32> {
    if spawn.executables.is_empty() {
        return Err(OsError::new(errno::EINVAL));
    }
    let executables = cstrings(spawn.executables.iter().map(Vec::as_slice))?;
    let argv_strings = cstrings(spawn.argv.iter().map(Vec::as_slice))?;
    let env_strings = cstrings(environment(spawn).iter().map(Vec::as_slice))?;
    let cwd = spawn.cwd.as_deref().map(cstring).transpose()?;

    let mut ends = [0; 2];
    // SAFETY: `ends` has room for the two descriptors pipe2 writes.
    check(unsafe { libc::pipe2(ends.as_mut_ptr(), libc::O_CLOEXEC) })?;
    let (report_read, report_write) = (host::owned(ends[0]), host::owned(ends[1]));
    // The child's end must sit above every target descriptor, or a dup2 would replace it.
    let highest_target = spawn
        .fds
        .iter()
        .map(|&(target, _)| target)
        .fold(2, c_int::max);
    // SAFETY: fcntl(F_DUPFD_CLOEXEC) takes no pointers.
    let report = host::owned(check(unsafe {
        libc::fcntl(
            report_write.as_raw_fd(),
            libc::F_DUPFD_CLOEXEC,
            highest_target.saturating_add(1),
        )
    })?);
    drop(report_write);

    let mut keep: Vec<c_int> = spawn
        .fds
        .iter()
        .map(|&(target, _)| target)
        .filter(|&target| target > 2)
        .chain([report.as_raw_fd()])
        .collect();
    keep.sort_unstable();
    keep.dedup();
    // SAFETY: sysconf takes no pointers.
    let open_max = unsafe { libc::sysconf(libc::_SC_OPEN_MAX) };
    let prepared = Prepared {
        spawn,
        executables,
        argv: pointers(&argv_strings),
        envp: pointers(&env_strings),
        cwd,
        keep,
        open_max: c_int::try_from(open_max).unwrap_or(c_int::MAX).max(3),
        report: report.as_raw_fd(),
    };
    let mut parked = vec![0; spawn.fds.len()];

    // SAFETY: the child branch below only calls async-signal-safe functions on memory
    // allocated before this point, and never returns.
    let pid = check(unsafe { libc::fork() })?;
    if pid == 0 {
        // SAFETY: this is the freshly forked child.
        unsafe { child(&prepared, &mut parked) }
    }
    drop(report);

    let mut message = [0u8; REPORT_LEN];
    let mut received = 0;
    while received < REPORT_LEN {
        let n = host::read(
            report_read.as_raw_fd(),
            &mut message[received..],
            ALWAYS_RETRY,
        )?;
        if n == 0 {
            break;
        }
        received += n;
    }
    if received == 0 {
        // The pipe closed on exec: the program is running.
        return Ok(pid);
    }

    let mut status = 0;
    // SAFETY: `status` is valid for writes.
    retry(ALWAYS_RETRY, || unsafe {
        libc::waitpid(pid, &mut status, 0)
    })?;
    let field = |at: usize| {
        i32::from_ne_bytes([
            message[at],
            message[at + 1],
            message[at + 2],
            message[at + 3],
        ])
    };
    let (step, code, index) = (field(0), field(4), field(8));
    let err = OsError::new(code);
    Err(match step {
        STEP_CWD => err.with_filename(spawn.cwd.as_deref().unwrap_or_default()),
        STEP_EXEC => match usize::try_from(index)
            .ok()
            .and_then(|i| spawn.executables.get(i))
        {
            Some(executable) => err.with_filename(executable),
            None => err,
        },
        _ => err,
    })
}

fn cstrings<'a>(items: impl Iterator<Item = &'a [u8]>) -> OsResult<Vec<CString>> {
    items.map(cstring).collect()
}

/// `NAME=value` strings for the child: the requested environment, or a snapshot of the
/// process's taken now, since reading `environ` in the child could race a `setenv`.
fn environment(spawn: &Spawn) -> Vec<Vec<u8>> {
    let pair = |name: &[u8], value: &[u8]| [name, b"=", value].concat();
    match &spawn.env {
        Some(env) => env.iter().map(|(name, value)| pair(name, value)).collect(),
        None => std::env::vars_os()
            .map(|(name, value)| pair(&name.into_vec(), &value.into_vec()))
            .collect(),
    }
}

/// A NULL-terminated pointer array over `strings`, as `execve` reads `argv` and `envp`.
fn pointers(strings: &[CString]) -> Vec<*const c_char> {
    strings
        .iter()
        .map(|string| string.as_ptr())
        .chain([ptr::null()])
        .collect()
}

/// The child's side: set up, exec, or report why not. Never returns.
///
/// # Safety
///
/// Call only in a freshly forked child. Everything here is async-signal-safe and free of
/// allocation and panics.
unsafe fn child(prepared: &Prepared<'_>, parked: &mut [c_int]) -> ! {
    let spawn = prepared.spawn;
    let report = prepared.report;
    // SAFETY: every call below is async-signal-safe and given valid pointers.
    unsafe {
        if spawn.restore_signals {
            libc::signal(libc::SIGPIPE, libc::SIG_DFL);
            libc::signal(libc::SIGXFSZ, libc::SIG_DFL);
        }
        if spawn.new_session && libc::setsid() == -1 {
            exit_with(report, STEP_SETUP, last_errno(), 0);
        }
        if let Some(group) = spawn.process_group
            && libc::setpgid(0, group) == -1
        {
            exit_with(report, STEP_SETUP, last_errno(), 0);
        }
        // Park every source above all targets first, so that no dup2 below replaces a
        // source still waiting to be copied. Parked copies close themselves on exec.
        for (slot, &(_, source)) in parked.iter_mut().zip(&spawn.fds) {
            *slot = libc::fcntl(source, libc::F_DUPFD_CLOEXEC, report + 1);
            if *slot == -1 {
                exit_with(report, STEP_SETUP, last_errno(), 0);
            }
        }
        for (&copy, &(target, _)) in parked.iter().zip(&spawn.fds) {
            if libc::dup2(copy, target) == -1 {
                exit_with(report, STEP_SETUP, last_errno(), 0);
            }
        }
        if let Some(cwd) = &prepared.cwd
            && libc::chdir(cwd.as_ptr()) == -1
        {
            exit_with(report, STEP_CWD, last_errno(), 0);
        }
        if let Some(mask) = spawn.umask {
            libc::umask(mask);
        }
        if spawn.close_fds {
            close_all_but(&prepared.keep, prepared.open_max);
        }

        // Like CPython, report the first failure that is not "no such file" when there is
        // one: it explains why an executable that exists could not run.
        let mut first_real = None;
        let mut last = (0, errno::ENOENT);
        for (index, executable) in prepared.executables.iter().enumerate() {
            libc::execve(
                executable.as_ptr(),
                prepared.argv.as_ptr(),
                prepared.envp.as_ptr(),
            );
            let code = last_errno();
            let index = i32::try_from(index).unwrap_or(i32::MAX);
            if first_real.is_none() && code != errno::ENOENT && code != errno::ENOTDIR {
                first_real = Some((index, code));
            }
            last = (index, code);
        }
        let (index, code) = first_real.unwrap_or(last);
        exit_with(report, STEP_EXEC, code, index)
    }
}

fn last_errno() -> i32 {
    // SAFETY: __errno_location returns this thread's errno slot.
    unsafe { *libc::__errno_location() }
}

/// Closes every descriptor from 3 up except those in `keep` (sorted, all above 2).
///
/// # Safety
///
/// Only for the forked child, where no other code still uses the descriptors.
unsafe fn close_all_but(keep: &[c_int], open_max: c_int) {
    let mut low = 3;
    for &fd in keep {
        if fd > low {
            // SAFETY: forwarded from the caller.
            unsafe { close_range(low, fd - 1, open_max) };
        }
        low = low.max(fd.saturating_add(1));
    }
    // SAFETY: forwarded from the caller.
    unsafe { close_range(low, c_int::MAX, open_max) };
}

/// # Safety
///
/// As for [`close_all_but`].
unsafe fn close_range(low: c_int, high: c_int, open_max: c_int) {
    // SAFETY: close_range takes no pointers.
    let closed = unsafe {
        libc::syscall(
            libc::SYS_close_range,
            low.unsigned_abs(),
            high.unsigned_abs(),
            0 as c_uint,
        )
    };
    if closed == 0 {
        return;
    }
    // Kernels before 5.9 lack close_range: close one at a time up to the limit.
    for fd in low..=high.min(open_max - 1) {
        // SAFETY: close takes no pointers.
        unsafe { libc::close(fd) };
    }
}

/// Tells the parent which step failed with which errno, then exits as CPython's child
/// does.
///
/// # Safety
///
/// Only for the forked child.
unsafe fn exit_with(report: c_int, step: i32, code: i32, index: i32) -> ! {
    let mut message = [0u8; REPORT_LEN];
    for (chunk, value) in message.chunks_exact_mut(4).zip([step, code, index]) {
        chunk.copy_from_slice(&value.to_ne_bytes());
    }
    // SAFETY: the pointer and length describe `message`; _exit never returns.
    unsafe {
        libc::write(report, message.as_ptr().cast(), message.len());
        libc::_exit(255)
    }
}

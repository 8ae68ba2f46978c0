//! Safe wrappers over the libc calls that both the native backend and [`crate::HostDir`]
//! make. Each `unsafe` block sits next to the one call it justifies.

use std::ffi::{CStr, CString, c_char, c_int};
use std::mem::MaybeUninit;
use std::os::fd::{AsRawFd, FromRawFd, IntoRawFd, OwnedFd, RawFd};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::errno;
use crate::error::{OsError, OsResult};
use crate::posix::{Clock, Uname};
use crate::stat::{DirEntry, FileType, Stat};

/// Called when a blocking call fails with `EINTR`: `true` retries it, `false` lets it fail.
pub(crate) type OnEintr<'a> = &'a dyn Fn() -> bool;

/// For callers with no signal handlers to run: PEP 475 says retry.
pub(crate) const ALWAYS_RETRY: OnEintr<'static> = &|| true;

const NANOS_PER_SEC: i64 = 1_000_000_000;

pub(crate) fn cstring(bytes: &[u8]) -> OsResult<CString> {
    CString::new(bytes).map_err(|_| OsError::new(errno::EINVAL))
}

/// System-call return types that report failure as -1 and the cause in `errno`.
pub(crate) trait Ret: Copy + PartialEq {
    const FAILED: Self;
}

impl Ret for i32 {
    const FAILED: Self = -1;
}

impl Ret for isize {
    const FAILED: Self = -1;
}

impl Ret for i64 {
    const FAILED: Self = -1;
}

pub(crate) fn check<T: Ret>(ret: T) -> OsResult<T> {
    if ret == T::FAILED {
        Err(OsError::last())
    } else {
        Ok(ret)
    }
}

/// Repeats `call` while it fails with `EINTR` and `on_eintr` agrees, as PEP 475 has
/// CPython do for every call that can block.
pub(crate) fn retry<T: Ret>(on_eintr: OnEintr<'_>, mut call: impl FnMut() -> T) -> OsResult<T> {
    loop {
        match check(call()) {
            Err(err) if err.errno() == errno::EINTR && on_eintr() => {}
            result => return result,
        }
    }
}

pub(crate) fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn clear_errno() {
    // SAFETY: __errno_location returns this thread's errno slot, valid for writes.
    unsafe { *libc::__errno_location() = 0 };
}

/// Takes ownership of a descriptor a successful call just returned.
pub(crate) fn owned(fd: RawFd) -> OwnedFd {
    // SAFETY: callers pass only descriptors fresh from a successful call, owned by no one.
    unsafe { OwnedFd::from_raw_fd(fd) }
}

/// `openat(2)`, always with `O_CLOEXEC` so no host descriptor leaks into a child.
pub(crate) fn openat(
    dir: RawFd,
    name: &CStr,
    flags: c_int,
    mode: u32,
    on_eintr: OnEintr<'_>,
) -> OsResult<OwnedFd> {
    // SAFETY: `name` is NUL-terminated; the mode is passed as the C variadic expects.
    let fd = retry(on_eintr, || unsafe {
        libc::openat(dir, name.as_ptr(), flags | libc::O_CLOEXEC, mode)
    })?;
    Ok(owned(fd))
}

pub(crate) fn read(fd: RawFd, buf: &mut [u8], on_eintr: OnEintr<'_>) -> OsResult<usize> {
    // SAFETY: the pointer and length describe `buf`, which is writable.
    let n = retry(on_eintr, || unsafe {
        libc::read(fd, buf.as_mut_ptr().cast(), buf.len())
    })?;
    Ok(n.unsigned_abs())
}

pub(crate) fn write(fd: RawFd, buf: &[u8], on_eintr: OnEintr<'_>) -> OsResult<usize> {
    // SAFETY: the pointer and length describe `buf`.
    let n = retry(on_eintr, || unsafe {
        libc::write(fd, buf.as_ptr().cast(), buf.len())
    })?;
    Ok(n.unsigned_abs())
}

pub(crate) fn lseek(fd: RawFd, offset: i64, whence: i32) -> OsResult<i64> {
    // SAFETY: lseek takes no pointers.
    check(unsafe { libc::lseek(fd, offset, whence) })
}

pub(crate) fn fsync(fd: RawFd, on_eintr: OnEintr<'_>) -> OsResult<()> {
    // SAFETY: fsync takes no pointers.
    retry(on_eintr, || unsafe { libc::fsync(fd) }).map(drop)
}

pub(crate) fn ftruncate(fd: RawFd, length: i64, on_eintr: OnEintr<'_>) -> OsResult<()> {
    // SAFETY: ftruncate takes no pointers.
    retry(on_eintr, || unsafe { libc::ftruncate(fd, length) }).map(drop)
}

pub(crate) fn isatty(fd: RawFd) -> bool {
    // SAFETY: isatty takes no pointers.
    unsafe { libc::isatty(fd) == 1 }
}

pub(crate) fn fstat(fd: RawFd) -> OsResult<Stat> {
    let mut st = MaybeUninit::<libc::stat>::uninit();
    // SAFETY: `st` is valid for writes of a whole `struct stat`.
    check(unsafe { libc::fstat(fd, st.as_mut_ptr()) })?;
    // SAFETY: fstat succeeded, so it filled `st`.
    Ok(stat_from(unsafe { st.assume_init_ref() }))
}

/// `fstatat(2)`; `flags` is 0 or `AT_SYMLINK_NOFOLLOW`.
pub(crate) fn fstatat(dir: RawFd, name: &CStr, flags: c_int) -> OsResult<Stat> {
    let mut st = MaybeUninit::<libc::stat>::uninit();
    // SAFETY: `name` is NUL-terminated and `st` is valid for writes of a `struct stat`.
    check(unsafe { libc::fstatat(dir, name.as_ptr(), st.as_mut_ptr(), flags) })?;
    // SAFETY: fstatat succeeded, so it filled `st`.
    Ok(stat_from(unsafe { st.assume_init_ref() }))
}

// The conversions are not useless everywhere: `nlink_t` and `blksize_t` are 32-bit on some
// Linux targets.
#[allow(clippy::useless_conversion)]
fn stat_from(st: &libc::stat) -> Stat {
    let ns = |sec: i64, nsec: i64| i128::from(sec) * i128::from(NANOS_PER_SEC) + i128::from(nsec);
    Stat {
        st_mode: st.st_mode,
        st_ino: st.st_ino,
        st_dev: st.st_dev,
        st_nlink: u64::from(st.st_nlink),
        st_uid: st.st_uid,
        st_gid: st.st_gid,
        st_size: st.st_size,
        st_atime_ns: ns(st.st_atime, st.st_atime_nsec),
        st_mtime_ns: ns(st.st_mtime, st.st_mtime_nsec),
        st_ctime_ns: ns(st.st_ctime, st.st_ctime_nsec),
        st_blksize: i64::from(st.st_blksize),
        st_blocks: st.st_blocks,
        st_rdev: st.st_rdev,
    }
}

/// Lists the directory open on `fd`, consuming it.
pub(crate) fn read_dir(fd: OwnedFd) -> OsResult<Vec<DirEntry>> {
    struct Dir(*mut libc::DIR);
    impl Drop for Dir {
        fn drop(&mut self) {
            // SAFETY: the stream came from a successful fdopendir and is closed only here.
            unsafe { libc::closedir(self.0) };
        }
    }

    // SAFETY: fdopendir takes no pointers; on success the stream owns the descriptor.
    let stream = unsafe { libc::fdopendir(fd.as_raw_fd()) };
    if stream.is_null() {
        return Err(OsError::last());
    }
    let dir = Dir(stream);
    let _owned_by_stream = fd.into_raw_fd();

    let mut entries = Vec::new();
    loop {
        // readdir reports errors only through errno, and leaves it alone at the end.
        clear_errno();
        // SAFETY: `dir.0` is an open directory stream used by this thread only.
        let entry = unsafe { libc::readdir(dir.0) };
        if entry.is_null() {
            return match errno() {
                0 => Ok(entries),
                code => Err(OsError::new(code)),
            };
        }
        // SAFETY: readdir returned a valid entry that stays valid until the next call.
        let entry = unsafe { &*entry };
        // SAFETY: d_name is NUL-terminated within the entry.
        let name = unsafe { CStr::from_ptr(entry.d_name.as_ptr()) }.to_bytes();
        if name == b"." || name == b".." {
            continue;
        }
        entries.push(DirEntry {
            name: name.to_vec(),
            ino: entry.d_ino,
            file_type: file_type_of(entry.d_type),
        });
    }
}

fn file_type_of(d_type: u8) -> FileType {
    match d_type {
        libc::DT_REG => FileType::Regular,
        libc::DT_DIR => FileType::Directory,
        libc::DT_LNK => FileType::Symlink,
        libc::DT_FIFO => FileType::Fifo,
        libc::DT_SOCK => FileType::Socket,
        libc::DT_CHR => FileType::CharDevice,
        libc::DT_BLK => FileType::BlockDevice,
        _ => FileType::Unknown,
    }
}

pub(crate) fn readlinkat(dir: RawFd, name: &CStr) -> OsResult<Vec<u8>> {
    let mut buf = vec![0u8; 256];
    loop {
        // SAFETY: `name` is NUL-terminated; the pointer and length describe `buf`.
        let n = check(unsafe {
            libc::readlinkat(dir, name.as_ptr(), buf.as_mut_ptr().cast(), buf.len())
        })?
        .unsigned_abs();
        // A full buffer may mean a truncated target, so only a shorter read is final.
        if n < buf.len() {
            buf.truncate(n);
            return Ok(buf);
        }
        buf.resize(buf.len() * 2, 0);
    }
}

/// `(access, modification)` for `utimensat`; `None` means now for both.
pub(crate) fn timespecs(times_ns: Option<(i128, i128)>) -> OsResult<[libc::timespec; 2]> {
    match times_ns {
        None => Ok([timespec(0, libc::UTIME_NOW), timespec(0, libc::UTIME_NOW)]),
        Some((atime, mtime)) => Ok([split_ns(atime)?, split_ns(mtime)?]),
    }
}

fn split_ns(ns: i128) -> OsResult<libc::timespec> {
    let per_sec = i128::from(NANOS_PER_SEC);
    let sec = i64::try_from(ns.div_euclid(per_sec)).map_err(|_| OsError::new(errno::EOVERFLOW))?;
    let nsec = i64::try_from(ns.rem_euclid(per_sec)).map_err(|_| OsError::new(errno::EOVERFLOW))?;
    Ok(timespec(sec, nsec))
}

fn timespec(sec: i64, nsec: i64) -> libc::timespec {
    // SAFETY: timespec is plain data; zero fills any padding the target adds.
    let mut ts: libc::timespec = unsafe { std::mem::zeroed() };
    ts.tv_sec = sec;
    ts.tv_nsec = nsec;
    ts
}

fn clock_id(clock: Clock) -> libc::clockid_t {
    match clock {
        Clock::Realtime => libc::CLOCK_REALTIME,
        // CPython 3.11 reads perf_counter from the monotonic clock too.
        Clock::Monotonic | Clock::PerfCounter => libc::CLOCK_MONOTONIC,
        Clock::ProcessTime => libc::CLOCK_PROCESS_CPUTIME_ID,
        Clock::ThreadTime => libc::CLOCK_THREAD_CPUTIME_ID,
    }
}

pub(crate) fn clock_ns(clock: Clock) -> OsResult<i64> {
    let mut ts = timespec(0, 0);
    // SAFETY: `ts` is valid for writes.
    check(unsafe { libc::clock_gettime(clock_id(clock), &mut ts) })?;
    Ok(timespec_ns(&ts))
}

pub(crate) fn clock_resolution_ns(clock: Clock) -> OsResult<i64> {
    let mut ts = timespec(0, 0);
    // SAFETY: `ts` is valid for writes.
    check(unsafe { libc::clock_getres(clock_id(clock), &mut ts) })?;
    Ok(timespec_ns(&ts))
}

pub(crate) fn timespec_ns(ts: &libc::timespec) -> i64 {
    ts.tv_sec
        .saturating_mul(NANOS_PER_SEC)
        .saturating_add(ts.tv_nsec)
}

pub(crate) fn ns_timespec(ns: i64) -> libc::timespec {
    timespec(ns.div_euclid(NANOS_PER_SEC), ns.rem_euclid(NANOS_PER_SEC))
}

/// Wall-clock time for file timestamps kept outside the kernel.
pub(crate) fn now_ns() -> i128 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(since) => i128::try_from(since.as_nanos()).unwrap_or(i128::MAX),
        Err(before) => -i128::try_from(before.duration().as_nanos()).unwrap_or(i128::MAX),
    }
}

pub(crate) fn urandom(buf: &mut [u8]) -> OsResult<()> {
    let mut filled = 0;
    while filled < buf.len() {
        let rest = &mut buf[filled..];
        // SAFETY: the pointer and length describe `rest`, which is writable.
        let n = retry(ALWAYS_RETRY, || unsafe {
            libc::getrandom(rest.as_mut_ptr().cast(), rest.len(), 0)
        })?;
        filled += n.unsigned_abs();
    }
    Ok(())
}

/// Online CPUs, as CPython's `os.cpu_count` counts them (affinity masks aside).
pub(crate) fn cpu_count() -> Option<usize> {
    // SAFETY: sysconf takes no pointers.
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    usize::try_from(n).ok().filter(|&n| n > 0)
}

/// The largest single request for memory this process could ever have
/// granted: physical memory plus swap, and no more than the address-space
/// limit (`RLIMIT_AS`). Linux's default overcommit refuses a single request
/// above RAM plus swap, which is what CPython's allocator meets.
pub fn largest_grantable_request() -> u64 {
    let mut info = MaybeUninit::<libc::sysinfo>::uninit();
    // SAFETY: `info` is valid for writes of a whole `struct sysinfo`.
    let machine = if unsafe { libc::sysinfo(info.as_mut_ptr()) } == 0 {
        // SAFETY: sysinfo succeeded, so it filled `info`.
        let info = unsafe { info.assume_init() };
        (info.totalram as u64)
            .saturating_add(info.totalswap as u64)
            .saturating_mul(u64::from(info.mem_unit.max(1)))
    } else {
        u64::MAX
    };
    let mut limit = MaybeUninit::<libc::rlimit>::uninit();
    // SAFETY: `limit` is valid for writes of a whole `struct rlimit`.
    let address_space = if unsafe { libc::getrlimit(libc::RLIMIT_AS, limit.as_mut_ptr()) } == 0 {
        // SAFETY: getrlimit succeeded, so it filled `limit`.
        let limit = unsafe { limit.assume_init() };
        if limit.rlim_cur == libc::RLIM_INFINITY {
            u64::MAX
        } else {
            limit.rlim_cur as u64
        }
    } else {
        u64::MAX
    };
    machine.min(address_space)
}

pub(crate) fn uname() -> OsResult<Uname> {
    let mut uts = MaybeUninit::<libc::utsname>::uninit();
    // SAFETY: `uts` is valid for writes of a whole `struct utsname`.
    check(unsafe { libc::uname(uts.as_mut_ptr()) })?;
    // SAFETY: uname succeeded, so it filled `uts`.
    let uts = unsafe { uts.assume_init() };
    let field = |chars: &[c_char]| -> Vec<u8> {
        chars
            .iter()
            .take_while(|&&c| c != 0)
            .map(|&c| c.to_ne_bytes()[0])
            .collect()
    };
    Ok(Uname {
        sysname: field(&uts.sysname),
        nodename: field(&uts.nodename),
        release: field(&uts.release),
        version: field(&uts.version),
        machine: field(&uts.machine),
    })
}

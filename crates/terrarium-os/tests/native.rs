//! The native backend against the real kernel, in temporary directories.
//!
//! Tests run in parallel threads of one process, so every path here is absolute and
//! anything process-wide (working directory, umask, environment) is restored or uniquely
//! named.

mod common;

use std::os::unix::fs::MetadataExt;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use common::{TempDir, errno};
use terrarium_os::consts::*;
use terrarium_os::errno::*;
use terrarium_os::signal::SIGTERM;
use terrarium_os::{Clock, FileType, NativePosix, Posix, Spawn, WaitStatus, strerror};

fn create(posix: &NativePosix, path: &[u8], content: &[u8]) {
    let fd = posix
        .open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        .unwrap();
    assert_eq!(posix.write(fd, content).unwrap(), content.len());
    posix.close(fd).unwrap();
}

fn read_to_end(posix: &dyn Posix, fd: i32) -> Vec<u8> {
    let mut out = Vec::new();
    let mut buf = [0u8; 256];
    loop {
        let n = posix.read(fd, &mut buf).unwrap();
        if n == 0 {
            return out;
        }
        out.extend_from_slice(&buf[..n]);
    }
}

#[test]
fn write_then_read_back() {
    let dir = TempDir::new("rw");
    let posix = NativePosix::new();
    let path = dir.bytes("file.txt");
    create(&posix, &path, b"hello world");

    let fd = posix.open(&path, O_RDONLY, 0).unwrap();
    assert_eq!(read_to_end(&posix, fd), b"hello world");
    assert_eq!(posix.lseek(fd, 6, SEEK_SET).unwrap(), 6);
    let mut buf = [0u8; 16];
    let n = posix.read(fd, &mut buf).unwrap();
    assert_eq!(&buf[..n], b"world");
    assert_eq!(posix.lseek(fd, 0, SEEK_END).unwrap(), 11);
    let st = posix.fstat(fd).unwrap();
    assert_eq!(st.st_size, 11);
    assert_eq!(st.file_type(), FileType::Regular);
    posix.close(fd).unwrap();
}

#[test]
fn stat_agrees_with_std() {
    let dir = TempDir::new("stat");
    let posix = NativePosix::new();
    let path = dir.bytes("file");
    create(&posix, &path, b"12345");
    let st = posix.stat(&path).unwrap();
    let meta = std::fs::metadata(dir.path().join("file")).unwrap();
    assert_eq!(st.st_ino, meta.ino());
    assert_eq!(st.st_dev, meta.dev());
    assert_eq!(st.st_mode, meta.mode());
    assert_eq!(st.st_size, 5);
    assert_eq!(st.st_nlink, 1);
    assert_eq!(st.st_uid, posix.geteuid());
    let mtime_ns = i128::from(meta.mtime()) * 1_000_000_000 + i128::from(meta.mtime_nsec());
    assert_eq!(st.st_mtime_ns, mtime_ns);
    assert!(st.st_blksize > 0);
}

#[test]
fn open_reports_errno_and_filename() {
    let dir = TempDir::new("open-errors");
    let posix = NativePosix::new();
    let missing = dir.bytes("missing");
    let err = posix.open(&missing, O_RDONLY, 0).unwrap_err();
    assert_eq!(err.errno(), ENOENT);
    assert_eq!(err.filename(), Some(&missing[..]));
    assert_eq!(err.strerror(), "No such file or directory");

    let file = dir.bytes("file");
    create(&posix, &file, b"");
    assert_eq!(
        errno(posix.open(&file, O_WRONLY | O_CREAT | O_EXCL, 0o644)),
        EEXIST
    );
    assert_eq!(errno(posix.open(&dir.bytes(""), O_WRONLY, 0)), EISDIR);
    assert_eq!(
        errno(posix.open(&dir.bytes("file/below"), O_RDONLY, 0)),
        ENOTDIR
    );
    assert_eq!(errno(posix.open(&file, O_RDONLY | O_DIRECTORY, 0)), ENOTDIR);
    assert_eq!(errno(posix.open(b"nul\0inside", O_RDONLY, 0)), EINVAL);
}

#[test]
fn bad_descriptors_give_ebadf() {
    let posix = NativePosix::new();
    let (read_end, write_end) = posix.pipe().unwrap();
    posix.close(read_end).unwrap();
    posix.close(write_end).unwrap();
    assert_eq!(errno(posix.close(read_end)), EBADF);
    assert_eq!(errno(posix.read(-1, &mut [0u8; 1])), EBADF);
    assert_eq!(errno(posix.fstat(-1)), EBADF);
    assert!(!posix.isatty(-1));
}

#[test]
fn descriptors_start_non_inheritable() {
    let dir = TempDir::new("inherit");
    let posix = NativePosix::new();
    let path = dir.bytes("file");
    create(&posix, &path, b"x");
    let fd = posix.open(&path, O_RDONLY, 0).unwrap();
    assert!(!posix.get_inheritable(fd).unwrap());
    posix.set_inheritable(fd, true).unwrap();
    assert!(posix.get_inheritable(fd).unwrap());

    let copy = posix.dup(fd).unwrap();
    assert_ne!(copy, fd);
    assert!(!posix.get_inheritable(copy).unwrap());
    assert_eq!(posix.dup2(fd, copy, true).unwrap(), copy);
    assert!(posix.get_inheritable(copy).unwrap());
    assert_eq!(posix.dup2(fd, copy, false).unwrap(), copy);
    assert!(!posix.get_inheritable(copy).unwrap());
    posix.close(copy).unwrap();
    posix.close(fd).unwrap();
}

#[test]
fn dup_shares_the_offset() {
    let dir = TempDir::new("dup");
    let posix = NativePosix::new();
    let path = dir.bytes("file");
    create(&posix, &path, b"abcdef");
    let fd = posix.open(&path, O_RDONLY, 0).unwrap();
    let copy = posix.dup(fd).unwrap();
    let mut buf = [0u8; 2];
    posix.read(fd, &mut buf).unwrap();
    posix.read(copy, &mut buf).unwrap();
    assert_eq!(&buf, b"cd");
    posix.close(fd).unwrap();
    posix.close(copy).unwrap();
}

#[test]
fn listdir_and_scandir_report_names_and_types() {
    let dir = TempDir::new("listdir");
    let posix = NativePosix::new();
    create(&posix, &dir.bytes("file"), b"");
    posix.mkdir(&dir.bytes("sub"), 0o755).unwrap();
    posix.symlink(b"file", &dir.bytes("link")).unwrap();

    let mut names = posix.listdir(&dir.bytes("")).unwrap();
    names.sort();
    assert_eq!(names, [&b"file"[..], b"link", b"sub"]);

    let mut entries = posix.scandir(&dir.bytes("")).unwrap();
    entries.sort_by(|a, b| a.name.cmp(&b.name));
    let expected = [FileType::Regular, FileType::Symlink, FileType::Directory];
    for (entry, expected) in entries.iter().zip(expected) {
        // File systems may leave d_type unset; a set one must be right.
        assert!(entry.file_type == expected || entry.file_type == FileType::Unknown);
        let st = posix
            .lstat(&dir.bytes(std::str::from_utf8(&entry.name).unwrap()))
            .unwrap();
        assert_eq!(entry.ino, st.st_ino);
    }

    assert_eq!(errno(posix.listdir(&dir.bytes("missing"))), ENOENT);
    assert_eq!(errno(posix.listdir(&dir.bytes("file"))), ENOTDIR);
}

#[test]
fn directory_operations_report_posix_errors() {
    let dir = TempDir::new("dirs");
    let posix = NativePosix::new();
    let sub = dir.bytes("sub");
    posix.mkdir(&sub, 0o755).unwrap();
    assert_eq!(errno(posix.mkdir(&sub, 0o755)), EEXIST);
    assert_eq!(errno(posix.mkdir(&dir.bytes("missing/sub"), 0o755)), ENOENT);
    create(&posix, &dir.bytes("sub/file"), b"");
    assert_eq!(errno(posix.rmdir(&sub)), ENOTEMPTY);
    assert_eq!(errno(posix.rmdir(&dir.bytes("sub/file"))), ENOTDIR);
    assert_eq!(errno(posix.unlink(&sub)), EISDIR);

    let empty = dir.bytes("empty");
    posix.mkdir(&empty, 0o755).unwrap();
    let err = posix.rename(&dir.bytes("sub/file"), &empty).unwrap_err();
    assert_eq!(err.errno(), EISDIR);
    assert_eq!(err.filename2(), Some(&empty[..]));
    posix.rmdir(&empty).unwrap();
    posix
        .rename(&dir.bytes("sub/file"), &dir.bytes("moved"))
        .unwrap();
    posix.rmdir(&sub).unwrap();
    assert_eq!(posix.listdir(&dir.bytes("")).unwrap(), [b"moved".to_vec()]);
    posix.unlink(&dir.bytes("moved")).unwrap();
    assert_eq!(errno(posix.unlink(&dir.bytes("moved"))), ENOENT);
}

#[test]
fn symlinks_are_followed_or_not_as_asked() {
    let dir = TempDir::new("symlink");
    let posix = NativePosix::new();
    create(&posix, &dir.bytes("target"), b"data");
    let link = dir.bytes("link");
    posix.symlink(b"target", &link).unwrap();
    assert_eq!(posix.readlink(&link).unwrap(), b"target");
    assert_eq!(posix.lstat(&link).unwrap().file_type(), FileType::Symlink);
    assert_eq!(posix.stat(&link).unwrap().st_size, 4);
    assert_eq!(errno(posix.readlink(&dir.bytes("target"))), EINVAL);
    assert_eq!(errno(posix.open(&link, O_RDONLY | O_NOFOLLOW, 0)), ELOOP);
    assert_eq!(errno(posix.symlink(b"target", &link)), EEXIST);
}

#[test]
fn chmod_access_and_utime() {
    let dir = TempDir::new("chmod");
    let posix = NativePosix::new();
    let path = dir.bytes("file");
    create(&posix, &path, b"");
    posix.chmod(&path, 0o600, true).unwrap();
    assert_eq!(posix.stat(&path).unwrap().st_mode & 0o7777, 0o600);
    posix.access(&path, R_OK).unwrap();
    // No execute bit is set, so even root may not execute it.
    assert_eq!(errno(posix.access(&path, X_OK)), EACCES);
    assert_eq!(errno(posix.access(&dir.bytes("missing"), F_OK)), ENOENT);

    posix.symlink(b"file", &dir.bytes("link")).unwrap();
    assert_eq!(
        errno(posix.chmod(&dir.bytes("link"), 0o600, false)),
        EOPNOTSUPP
    );

    posix
        .utime(&path, Some((1_000_000_123, 2_000_000_456)), true)
        .unwrap();
    let st = posix.stat(&path).unwrap();
    assert_eq!(st.st_atime_ns, 1_000_000_123);
    assert_eq!(st.st_mtime_ns, 2_000_000_456);
    posix.utime(&path, Some((-1_500_000_000, 0)), true).unwrap();
    assert_eq!(posix.stat(&path).unwrap().st_atime_ns, -1_500_000_000);

    posix.utime(&path, None, true).unwrap();
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos() as i128;
    let mtime = posix.stat(&path).unwrap().st_mtime_ns;
    assert!((now - mtime).abs() < 60 * 1_000_000_000);
}

#[test]
fn ftruncate_and_fsync() {
    let dir = TempDir::new("truncate");
    let posix = NativePosix::new();
    let path = dir.bytes("file");
    create(&posix, &path, b"0123456789");
    let fd = posix.open(&path, O_RDWR, 0).unwrap();
    posix.ftruncate(fd, 4).unwrap();
    posix.fsync(fd).unwrap();
    assert_eq!(posix.fstat(fd).unwrap().st_size, 4);
    posix.close(fd).unwrap();
    let fd = posix.open(&path, O_RDONLY, 0).unwrap();
    assert_eq!(errno(posix.ftruncate(fd, 0)), EINVAL);
    posix.close(fd).unwrap();
}

#[test]
fn pipes_carry_bytes_and_are_not_terminals() {
    let posix = NativePosix::new();
    let (read_end, write_end) = posix.pipe().unwrap();
    assert!(!posix.get_inheritable(read_end).unwrap());
    posix.write(write_end, b"through the pipe").unwrap();
    posix.close(write_end).unwrap();
    assert!(!posix.isatty(read_end));
    assert_eq!(errno(posix.get_terminal_size(read_end)), ENOTTY);
    assert_eq!(errno(posix.lseek(read_end, 0, SEEK_CUR)), ESPIPE);
    assert_eq!(read_to_end(&posix, read_end), b"through the pipe");
    posix.close(read_end).unwrap();
}

#[test]
fn working_directory_round_trip() {
    let dir = TempDir::new("cwd");
    let posix = NativePosix::new();
    let before = posix.getcwd().unwrap();
    posix.chdir(&dir.bytes("")).unwrap();
    let inside = posix.getcwd().unwrap();
    posix.chdir(&before).unwrap();
    assert_eq!(inside, dir.bytes(""));
    assert_eq!(errno(posix.chdir(&dir.bytes("missing"))), ENOENT);
}

#[test]
fn umask_returns_the_previous_mask() {
    let posix = NativePosix::new();
    let original = posix.umask(0o022);
    assert_eq!(posix.umask(original), 0o022);
}

#[test]
fn environment_changes_are_visible() {
    let posix = NativePosix::new();
    let name = format!("TERRARIUM_OS_TEST_{}", std::process::id()).into_bytes();
    assert_eq!(posix.getenv(&name), None);
    posix.putenv(&name, b"value").unwrap();
    assert_eq!(posix.getenv(&name), Some(b"value".to_vec()));
    assert!(posix.environ().contains(&(name.clone(), b"value".to_vec())));
    posix.unsetenv(&name).unwrap();
    assert_eq!(posix.getenv(&name), None);
    assert_eq!(errno(posix.putenv(b"A=B", b"")), EINVAL);
    assert_eq!(errno(posix.putenv(b"", b"x")), EINVAL);
    assert_eq!(errno(posix.putenv(b"X", b"nul\0")), EINVAL);
}

#[test]
fn process_identity() {
    let posix = NativePosix::new();
    assert_eq!(posix.getpid().unsigned_abs(), std::process::id());
    assert!(posix.getppid() > 0);
    assert!(posix.getuid() == posix.geteuid() || posix.geteuid() == 0);
    let uname = posix.uname().unwrap();
    assert_eq!(uname.sysname, b"Linux");
    assert!(!uname.machine.is_empty());
    assert!(posix.cpu_count().unwrap() >= 1);
}

#[test]
fn clocks_and_sleep() {
    let posix = NativePosix::new();
    for clock in [
        Clock::Realtime,
        Clock::Monotonic,
        Clock::PerfCounter,
        Clock::ProcessTime,
        Clock::ThreadTime,
    ] {
        assert!(posix.clock_resolution_ns(clock).unwrap() > 0);
        assert!(posix.clock_ns(clock).unwrap() >= 0);
    }
    let wall = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos() as i64;
    assert!((posix.clock_ns(Clock::Realtime).unwrap() - wall).abs() < 5_000_000_000);

    let before = posix.clock_ns(Clock::Monotonic).unwrap();
    let started = Instant::now();
    posix.sleep(Duration::from_millis(20)).unwrap();
    assert!(started.elapsed() >= Duration::from_millis(20));
    assert!(posix.clock_ns(Clock::Monotonic).unwrap() - before >= 20_000_000);
}

#[test]
fn urandom_fills_the_buffer() {
    let posix = NativePosix::new();
    let mut first = [0u8; 64];
    let mut second = [0u8; 64];
    posix.urandom(&mut first).unwrap();
    posix.urandom(&mut second).unwrap();
    assert_ne!(first, second);
    assert_ne!(first, [0u8; 64]);
}

#[test]
fn strerror_gives_platform_messages() {
    let posix = NativePosix::new();
    assert_eq!(posix.strerror(ENOENT), "No such file or directory");
    assert_eq!(strerror(EACCES), "Permission denied");
    assert_eq!(strerror(99_999), "Unknown error 99999");
}

fn sh(script: &str) -> Spawn {
    Spawn {
        executables: vec![b"/bin/sh".to_vec()],
        argv: vec![b"sh".to_vec(), b"-c".to_vec(), script.as_bytes().to_vec()],
        ..Spawn::default()
    }
}

/// Spawns `spawn` with its stdout captured, and returns (output, wait status).
fn run(posix: &NativePosix, mut spawn: Spawn) -> (Vec<u8>, WaitStatus) {
    let (read_end, write_end) = posix.pipe().unwrap();
    spawn.fds.push((1, write_end));
    let pid = posix.spawn(&spawn).unwrap();
    posix.close(write_end).unwrap();
    let output = read_to_end(posix, read_end);
    posix.close(read_end).unwrap();
    let (waited, status) = posix.waitpid(pid, 0).unwrap();
    assert_eq!(waited, pid);
    (output, WaitStatus(status))
}

#[test]
fn spawn_runs_a_program_with_mapped_stdout() {
    let posix = NativePosix::new();
    let (output, status) = run(&posix, sh("echo hello; exit 3"));
    assert_eq!(output, b"hello\n");
    assert_eq!(status.exit_code(), Some(3));
    assert_eq!(status.signal(), None);
}

#[test]
fn spawn_sets_environment_and_directory() {
    let dir = TempDir::new("spawn-cwd");
    let posix = NativePosix::new();
    let mut spawn = sh("printf '%s %s' \"$GREETING\" \"$(pwd)\"");
    spawn.env = Some(vec![(b"GREETING".to_vec(), b"hi".to_vec())]);
    spawn.cwd = Some(dir.bytes(""));
    let (output, status) = run(&posix, spawn);
    assert_eq!(status.exit_code(), Some(0));
    assert_eq!(output, [&b"hi "[..], &dir.bytes("")].concat());
}

#[test]
fn spawn_tries_executables_in_order() {
    let posix = NativePosix::new();
    let mut spawn = sh("echo found");
    spawn.executables.insert(0, b"/nonexistent/sh".to_vec());
    let (output, _) = run(&posix, spawn);
    assert_eq!(output, b"found\n");
}

#[test]
fn spawn_reports_why_the_child_failed() {
    let dir = TempDir::new("spawn-fail");
    let posix = NativePosix::new();
    let err = posix
        .spawn(&Spawn {
            executables: vec![b"/nonexistent/program".to_vec()],
            argv: vec![b"program".to_vec()],
            ..Spawn::default()
        })
        .unwrap_err();
    assert_eq!(err.errno(), ENOENT);
    assert_eq!(err.filename(), Some(&b"/nonexistent/program"[..]));

    let mut spawn = sh("true");
    spawn.cwd = Some(dir.bytes("missing"));
    let err = posix.spawn(&spawn).unwrap_err();
    assert_eq!(err.errno(), ENOENT);
    assert_eq!(err.filename(), Some(&dir.bytes("missing")[..]));

    // A file that exists but cannot be executed is the error worth reporting.
    let script = dir.bytes("not-executable");
    create(&posix, &script, b"#!/bin/sh\n");
    let err = posix
        .spawn(&Spawn {
            executables: vec![b"/nonexistent/program".to_vec(), script.clone()],
            argv: vec![b"program".to_vec()],
            ..Spawn::default()
        })
        .unwrap_err();
    assert_eq!(err.errno(), EACCES);
    assert_eq!(err.filename(), Some(&script[..]));
}

#[test]
fn spawn_passes_extra_descriptors_and_closes_the_rest() {
    let dir = TempDir::new("spawn-fds");
    let posix = NativePosix::new();
    let path = dir.bytes("file");
    create(&posix, &path, b"");
    let leaked = posix.open(&path, O_RDONLY, 0).unwrap();
    posix.set_inheritable(leaked, true).unwrap();
    let devnull = posix.open(b"/dev/null", O_WRONLY, 0).unwrap();

    let probe = format!("test -e /proc/self/fd/{leaked} && echo open || echo closed");
    let mut spawn = sh(&probe);
    spawn.fds.push((2, devnull));
    let (output, _) = run(&posix, spawn.clone());
    assert_eq!(output, b"open\n");
    spawn.close_fds = true;
    let (output, _) = run(&posix, spawn);
    assert_eq!(output, b"closed\n");

    // A descriptor mapped to a high number survives close_fds.
    let (read_end, write_end) = posix.pipe().unwrap();
    let mut spawn = sh("echo extra >&7");
    spawn.fds.push((7, write_end));
    spawn.close_fds = true;
    let pid = posix.spawn(&spawn).unwrap();
    posix.close(write_end).unwrap();
    assert_eq!(read_to_end(&posix, read_end), b"extra\n");
    let (_, status) = posix.waitpid(pid, 0).unwrap();
    assert_eq!(WaitStatus(status).exit_code(), Some(0));

    for fd in [leaked, devnull, read_end] {
        posix.close(fd).unwrap();
    }
}

#[test]
fn spawn_swaps_descriptors_without_clobbering() {
    let posix = NativePosix::new();
    let (out_read, out_write) = posix.pipe().unwrap();
    let (err_read, err_write) = posix.pipe().unwrap();
    // The child's stdout and stderr each receive the other's pipe and are written to
    // crosswise, so a mapping that overwrote a source would send both to one pipe.
    let mut spawn = sh("echo to-err >&1; echo to-out >&2");
    spawn.fds = vec![(1, err_write), (2, out_write)];
    let pid = posix.spawn(&spawn).unwrap();
    posix.close(out_write).unwrap();
    posix.close(err_write).unwrap();
    assert_eq!(read_to_end(&posix, out_read), b"to-out\n");
    assert_eq!(read_to_end(&posix, err_read), b"to-err\n");
    posix.waitpid(pid, 0).unwrap();
    posix.close(out_read).unwrap();
    posix.close(err_read).unwrap();
}

#[test]
fn kill_and_waitpid() {
    let posix = NativePosix::new();
    let pid = posix
        .spawn(&Spawn {
            executables: vec![b"/bin/sleep".to_vec()],
            argv: vec![b"sleep".to_vec(), b"30".to_vec()],
            ..Spawn::default()
        })
        .unwrap();
    assert_eq!(posix.waitpid(pid, WNOHANG).unwrap(), (0, 0));
    posix.kill(pid, SIGTERM).unwrap();
    let (waited, status) = posix.waitpid(pid, 0).unwrap();
    assert_eq!(waited, pid);
    assert_eq!(WaitStatus(status).signal(), Some(SIGTERM));
    assert_eq!(errno(posix.waitpid(pid, 0)), ECHILD);
    assert_eq!(errno(posix.kill(pid, SIGTERM)), ESRCH);
}

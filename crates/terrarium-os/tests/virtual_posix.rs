//! `VirtualPosix`: the descriptor table, working directory, umask, environment and
//! refusals of the embedded backend.

mod common;

use std::io::{Cursor, Write};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::{TempDir, errno};
use terrarium_os::consts::*;
use terrarium_os::errno::*;
use terrarium_os::{
    Clock, FileSystem, FileType, HostDir, MemoryFs, MountTable, NativePosix, Posix, Spawn,
    VIRTUAL_GID, VIRTUAL_PID, VIRTUAL_PPID, VIRTUAL_UID, VirtualPosix,
};

/// A host-side output stream the test can inspect afterwards.
#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl Capture {
    fn contents(&self) -> Vec<u8> {
        self.0.lock().unwrap().clone()
    }
}

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn read_to_end(posix: &dyn Posix, fd: i32) -> Vec<u8> {
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        let n = posix.read(fd, &mut buf).unwrap();
        if n == 0 {
            return out;
        }
        out.extend_from_slice(&buf[..n]);
    }
}

fn create(posix: &dyn Posix, path: &[u8], content: &[u8]) {
    let fd = posix
        .open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o666)
        .unwrap();
    posix.write(fd, content).unwrap();
    posix.close(fd).unwrap();
}

#[test]
fn standard_streams_are_the_embedders() {
    let (stdout, stderr) = (Capture::default(), Capture::default());
    let posix = VirtualPosix::builder(MemoryFs::new())
        .stdin(Cursor::new(b"typed input".to_vec()))
        .stdout(stdout.clone())
        .stderr(stderr.clone())
        .build();
    assert_eq!(read_to_end(&posix, 0), b"typed input");
    posix.write(1, b"to stdout").unwrap();
    posix.write(2, b"to stderr").unwrap();
    assert_eq!(stdout.contents(), b"to stdout");
    assert_eq!(stderr.contents(), b"to stderr");

    assert_eq!(errno(posix.write(0, b"x")), EBADF);
    assert_eq!(errno(posix.read(1, &mut [0u8; 1])), EBADF);
    assert_eq!(errno(posix.lseek(1, 0, SEEK_CUR)), ESPIPE);
    assert_eq!(posix.fstat(0).unwrap().file_type(), FileType::Fifo);
    assert!(!posix.isatty(1));
    assert!(posix.get_inheritable(2).unwrap());
    assert_eq!(errno(posix.get_terminal_size(1)), ENOTTY);
    assert_eq!(errno(posix.get_terminal_size(9)), EBADF);
}

#[test]
fn default_streams_are_empty_and_discarding() {
    let posix = VirtualPosix::new(MemoryFs::new());
    assert_eq!(posix.read(0, &mut [0u8; 8]).unwrap(), 0);
    assert_eq!(posix.write(1, b"discarded").unwrap(), 9);
    posix.fsync(2).unwrap();
}

#[test]
fn descriptors_are_allocated_lowest_first() {
    let posix = VirtualPosix::new(MemoryFs::new());
    let a = posix.open(b"/a", O_WRONLY | O_CREAT, 0o666).unwrap();
    let b = posix.open(b"/b", O_WRONLY | O_CREAT, 0o666).unwrap();
    assert_eq!((a, b), (3, 4));
    posix.close(a).unwrap();
    assert_eq!(errno(posix.close(a)), EBADF);
    assert_eq!(errno(posix.read(a, &mut [0u8; 1])), EBADF);
    assert_eq!(errno(posix.fstat(-1)), EBADF);
    assert_eq!(posix.open(b"/c", O_WRONLY | O_CREAT, 0o666).unwrap(), 3);
    posix.close(0).unwrap();
    assert_eq!(posix.dup(b).unwrap(), 0);
}

#[test]
fn dup_shares_one_open_file() {
    let posix = VirtualPosix::new(MemoryFs::new());
    create(&posix, b"/f", b"abcdef");
    let fd = posix.open(b"/f", O_RDONLY, 0).unwrap();
    let copy = posix.dup(fd).unwrap();
    assert!(!posix.get_inheritable(copy).unwrap());
    let mut buf = [0u8; 2];
    posix.read(fd, &mut buf).unwrap();
    posix.read(copy, &mut buf).unwrap();
    assert_eq!(&buf, b"cd");
    posix.close(fd).unwrap();
    assert_eq!(posix.lseek(copy, 0, SEEK_CUR).unwrap(), 4);
}

#[test]
fn dup2_replaces_the_target() {
    let stdout = Capture::default();
    let posix = VirtualPosix::builder(MemoryFs::new())
        .stdout(stdout.clone())
        .build();
    let file = posix.open(b"/log", O_WRONLY | O_CREAT, 0o666).unwrap();
    assert_eq!(posix.dup2(file, 1, true).unwrap(), 1);
    posix.write(1, b"redirected").unwrap();
    assert!(stdout.contents().is_empty());
    assert_eq!(posix.stat(b"/log").unwrap().st_size, 10);
    assert!(posix.get_inheritable(1).unwrap());

    assert_eq!(posix.dup2(file, 10, false).unwrap(), 10);
    assert!(!posix.get_inheritable(10).unwrap());
    posix.set_inheritable(10, true).unwrap();
    assert!(posix.get_inheritable(10).unwrap());
    assert_eq!(posix.dup2(file, file, true).unwrap(), file);
    assert_eq!(errno(posix.dup2(file, -1, true)), EBADF);
    assert_eq!(errno(posix.dup2(file, i32::MAX, true)), EBADF);
    assert_eq!(errno(posix.dup2(99, 5, true)), EBADF);
    // Descriptors 4..9 stay free after a high dup2.
    assert_eq!(posix.dup(file).unwrap(), 4);
}

#[test]
fn working_directory_is_per_context() {
    let fs = Arc::new(MemoryFs::new());
    let posix = VirtualPosix::new(Arc::clone(&fs));
    let other = VirtualPosix::new(Arc::clone(&fs));
    assert_eq!(posix.getcwd().unwrap(), b"/");
    posix.mkdir(b"home", 0o777).unwrap();
    posix.chdir(b"home").unwrap();
    assert_eq!(posix.getcwd().unwrap(), b"/home");
    assert_eq!(other.getcwd().unwrap(), b"/");

    create(&posix, b"notes", b"x");
    assert_eq!(fs.stat(b"/home/notes").unwrap().st_size, 1);
    posix.mkdir(b"deeper", 0o777).unwrap();
    posix.chdir(b"./deeper/../deeper//").unwrap();
    assert_eq!(posix.getcwd().unwrap(), b"/home/deeper");
    assert_eq!(posix.stat(b"../notes").unwrap().st_size, 1);
    posix.chdir(b"../../..").unwrap();
    assert_eq!(posix.getcwd().unwrap(), b"/");

    let err = posix.chdir(b"missing").unwrap_err();
    assert_eq!(
        (err.errno(), err.filename()),
        (ENOENT, Some(&b"missing"[..]))
    );
    assert_eq!(errno(posix.chdir(b"/home/notes")), ENOTDIR);
    assert_eq!(errno(posix.stat(b"")), ENOENT);
    assert_eq!(errno(posix.open(b"bad\0path", O_RDONLY, 0)), EINVAL);
}

#[test]
fn umask_starts_at_022_and_applies_to_creation() {
    let posix = VirtualPosix::new(MemoryFs::new());
    create(&posix, b"/file", b"");
    posix.mkdir(b"/dir", 0o777).unwrap();
    assert_eq!(posix.stat(b"/file").unwrap().st_mode & 0o777, 0o644);
    assert_eq!(posix.stat(b"/dir").unwrap().st_mode & 0o777, 0o755);
    assert_eq!(posix.umask(0o077), 0o022);
    create(&posix, b"/private", b"");
    assert_eq!(posix.stat(b"/private").unwrap().st_mode & 0o777, 0o600);
    // chmod is not masked.
    posix.chmod(b"/private", 0o666, true).unwrap();
    assert_eq!(posix.stat(b"/private").unwrap().st_mode & 0o777, 0o666);
}

#[test]
fn errors_name_the_callers_paths() {
    let posix = VirtualPosix::new(MemoryFs::new());
    posix.mkdir(b"/dir", 0o777).unwrap();
    posix.chdir(b"/dir").unwrap();
    let err = posix.open(b"../missing/x", O_RDONLY, 0).unwrap_err();
    assert_eq!(err.errno(), ENOENT);
    assert_eq!(err.filename(), Some(&b"../missing/x"[..]));
    let err = posix.rename(b"a", b"b").unwrap_err();
    assert_eq!(err.filename(), Some(&b"a"[..]));
    assert_eq!(err.filename2(), Some(&b"b"[..]));
    assert_eq!(
        err.to_string(),
        "[Errno 2] No such file or directory: 'a' -> 'b'"
    );
}

#[test]
fn file_operations_reach_the_file_system() {
    let posix = VirtualPosix::new(MemoryFs::new());
    create(&posix, b"/f", b"0123456789");
    let fd = posix.open(b"/f", O_RDWR, 0).unwrap();
    assert_eq!(posix.lseek(fd, -3, SEEK_END).unwrap(), 7);
    posix.ftruncate(fd, 5).unwrap();
    posix.fsync(fd).unwrap();
    assert_eq!(posix.fstat(fd).unwrap().st_size, 5);

    posix.symlink(b"f", b"/link").unwrap();
    assert_eq!(posix.readlink(b"/link").unwrap(), b"f");
    assert_eq!(
        posix.lstat(b"/link").unwrap().file_type(),
        FileType::Symlink
    );
    posix.rename(b"/link", b"/renamed").unwrap();
    posix.utime(b"/renamed", Some((10, 20)), true).unwrap();
    assert_eq!(posix.stat(b"/f").unwrap().st_mtime_ns, 20);
    posix.access(b"/renamed", R_OK | W_OK).unwrap();
    posix.unlink(b"/renamed").unwrap();

    let mut names = posix.listdir(b"/").unwrap();
    names.sort();
    assert_eq!(names, [b"f".to_vec()]);
    assert_eq!(posix.scandir(b"/").unwrap()[0].file_type, FileType::Regular);
    posix.unlink(b"/f").unwrap();
    // The descriptor still reaches the unlinked file.
    assert_eq!(posix.fstat(fd).unwrap().st_nlink, 0);
    posix.close(fd).unwrap();
    posix.mkdir(b"/d", 0o777).unwrap();
    posix.rmdir(b"/d").unwrap();
    assert!(posix.listdir(b"/").unwrap().is_empty());
}

#[test]
fn environment_is_the_embedders_map() {
    let posix = VirtualPosix::builder(MemoryFs::new())
        .env("PATH", "/bin")
        .env(b"LANG".to_vec(), b"C.UTF-8".to_vec())
        .build();
    assert_eq!(
        posix.environ(),
        [
            (b"LANG".to_vec(), b"C.UTF-8".to_vec()),
            (b"PATH".to_vec(), b"/bin".to_vec())
        ]
    );
    let name = format!("TERRARIUM_VIRTUAL_{}", std::process::id()).into_bytes();
    posix.putenv(&name, b"set").unwrap();
    assert_eq!(posix.getenv(&name), Some(b"set".to_vec()));
    // The process environment is untouched.
    assert_eq!(NativePosix::new().getenv(&name), None);
    posix.unsetenv(&name).unwrap();
    assert_eq!(posix.getenv(&name), None);
    assert_eq!(errno(posix.putenv(b"A=B", b"")), EINVAL);
    assert_eq!(errno(posix.unsetenv(b"")), EINVAL);

    assert!(VirtualPosix::new(MemoryFs::new()).environ().is_empty());
}

#[test]
fn processes_are_refused() {
    let posix = VirtualPosix::new(MemoryFs::new());
    assert_eq!(errno(posix.kill(1, 15)), EPERM);
    assert_eq!(errno(posix.waitpid(-1, 0)), EPERM);
    let spawn = Spawn {
        executables: vec![b"/bin/true".to_vec()],
        argv: vec![b"true".to_vec()],
        ..Spawn::default()
    };
    assert_eq!(errno(posix.spawn(&spawn)), EPERM);
}

#[test]
fn identity_is_fixed_and_anonymous() {
    let posix = VirtualPosix::new(MemoryFs::new());
    assert_eq!(
        (posix.getpid(), posix.getppid()),
        (VIRTUAL_PID, VIRTUAL_PPID)
    );
    assert_eq!(
        (posix.getuid(), posix.geteuid()),
        (VIRTUAL_UID, VIRTUAL_UID)
    );
    assert_eq!(
        (posix.getgid(), posix.getegid()),
        (VIRTUAL_GID, VIRTUAL_GID)
    );
    let uname = posix.uname().unwrap();
    assert_eq!(uname.nodename, b"localhost");
    assert_eq!(uname.sysname, b"Linux");
    assert!(uname.release.is_empty());
}

#[test]
fn clocks_randomness_and_sleep_work() {
    let posix = VirtualPosix::new(MemoryFs::new());
    let before = posix.clock_ns(Clock::Monotonic).unwrap();
    posix.sleep(Duration::from_millis(10)).unwrap();
    assert!(posix.clock_ns(Clock::Monotonic).unwrap() - before >= 10_000_000);
    assert!(posix.clock_resolution_ns(Clock::Realtime).unwrap() > 0);
    let mut bytes = [0u8; 32];
    posix.urandom(&mut bytes).unwrap();
    assert_ne!(bytes, [0u8; 32]);
    assert!(posix.cpu_count().unwrap() >= 1);
    assert_eq!(posix.strerror(EROFS), "Read-only file system");
}

#[test]
fn pipes_connect_descriptors() {
    let posix = VirtualPosix::new(MemoryFs::new());
    let (read_end, write_end) = posix.pipe().unwrap();
    assert_eq!((read_end, write_end), (3, 4));
    posix.write(write_end, b"ping").unwrap();
    assert_eq!(errno(posix.read(write_end, &mut [0u8; 1])), EBADF);
    assert_eq!(errno(posix.write(read_end, b"x")), EBADF);
    assert_eq!(posix.fstat(read_end).unwrap().file_type(), FileType::Fifo);
    posix.close(write_end).unwrap();
    assert_eq!(read_to_end(&posix, read_end), b"ping");

    let (read_end, write_end) = posix.pipe().unwrap();
    posix.close(read_end).unwrap();
    assert_eq!(errno(posix.write(write_end, b"nobody listens")), EPIPE);
}

#[test]
fn pipes_block_until_the_other_side_acts() {
    let posix = Arc::new(VirtualPosix::new(MemoryFs::new()));
    let (read_end, write_end) = posix.pipe().unwrap();
    // More than a pipe holds, so the writer must wait for the reader.
    let payload: Vec<u8> = (0..300_000u32).map(|i| (i % 251) as u8).collect();
    let writer = {
        let posix = Arc::clone(&posix);
        let payload = payload.clone();
        std::thread::spawn(move || {
            let mut sent = 0;
            while sent < payload.len() {
                sent += posix.write(write_end, &payload[sent..]).unwrap();
            }
            posix.close(write_end).unwrap();
        })
    };
    assert_eq!(read_to_end(&*posix, read_end), payload);
    writer.join().unwrap();
}

#[test]
fn a_whole_sandbox_over_a_mount_table() {
    let dir = TempDir::new("virtual-host");
    std::fs::write(dir.path().join("input.txt"), "host data").unwrap();
    let mut table = MountTable::new(MemoryFs::new());
    table
        .mount("/work", HostDir::new(dir.path()).unwrap())
        .unwrap();
    let posix = VirtualPosix::new(table);

    posix.chdir(b"/work").unwrap();
    let fd = posix.open(b"input.txt", O_RDONLY, 0).unwrap();
    assert_eq!(read_to_end(&posix, fd), b"host data");
    create(&posix, b"output.txt", b"written in the sandbox");
    assert_eq!(
        std::fs::read(dir.path().join("output.txt")).unwrap(),
        b"written in the sandbox"
    );
    // `..` from the mount leads to the in-memory root, not the host directory's parent.
    posix.chdir(b"..").unwrap();
    let mut names = posix.listdir(b".").unwrap();
    names.sort();
    assert_eq!(names, [b"work".to_vec()]);
    assert_eq!(errno(posix.stat(b"/work/../../input.txt")), ENOENT);
}

//! `HostDir`: ordinary use inside the root, and every way out we could think of.
//!
//! Each test builds `root/` (the file system) beside `outside/` (which must stay
//! unreachable) in a fresh temporary directory.

mod common;

use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{MetadataExt, symlink};
use std::path::Path;

use common::{TempDir, errno};
use terrarium_os::consts::*;
use terrarium_os::errno::*;
use terrarium_os::{FileHandle, FileSystem, FileType, HostDir};

struct Sandbox {
    dir: TempDir,
    fs: HostDir,
}

impl Sandbox {
    fn new(label: &str) -> Self {
        let dir = TempDir::new(label);
        std::fs::create_dir(dir.path().join("root")).unwrap();
        std::fs::create_dir(dir.path().join("root/sub")).unwrap();
        std::fs::write(dir.path().join("root/file.txt"), "inside").unwrap();
        std::fs::create_dir(dir.path().join("outside")).unwrap();
        std::fs::write(dir.path().join("outside/secret.txt"), "secret").unwrap();
        let fs = HostDir::new(dir.path().join("root")).unwrap();
        Self { dir, fs }
    }

    fn host(&self, relative: &str) -> std::path::PathBuf {
        self.dir.path().join(relative)
    }

    /// Creates a symlink on the host, inside the root, as an embedder's files might hold.
    fn host_symlink(&self, target: impl AsRef<Path>, link: &str) {
        symlink(target, self.host("root").join(link)).unwrap();
    }

    fn outside_untouched(&self) {
        let mut names: Vec<_> = std::fs::read_dir(self.host("outside"))
            .unwrap()
            .map(|entry| entry.unwrap().file_name())
            .collect();
        names.sort();
        assert_eq!(names, ["secret.txt"]);
        assert_eq!(
            std::fs::read(self.host("outside/secret.txt")).unwrap(),
            b"secret"
        );
    }
}

fn read_all(file: &mut dyn FileHandle) -> Vec<u8> {
    let mut out = Vec::new();
    let mut buf = [0u8; 64];
    loop {
        let n = file.read(&mut buf).unwrap();
        if n == 0 {
            return out;
        }
        out.extend_from_slice(&buf[..n]);
    }
}

fn read_file(fs: &HostDir, path: &[u8]) -> Vec<u8> {
    read_all(&mut *fs.open(path, O_RDONLY, 0).unwrap())
}

#[test]
fn ordinary_operations_stay_inside() {
    let sandbox = Sandbox::new("hostdir-basic");
    let fs = &sandbox.fs;
    assert_eq!(read_file(fs, b"/file.txt"), b"inside");
    assert_eq!(read_file(fs, b"file.txt"), b"inside");

    let mut file = fs.open(b"/sub/new.txt", O_RDWR | O_CREAT, 0o600).unwrap();
    file.write(b"written").unwrap();
    assert_eq!(file.seek(0, SEEK_SET).unwrap(), 0);
    assert_eq!(read_all(&mut *file), b"written");
    file.truncate(3).unwrap();
    file.sync().unwrap();
    assert_eq!(file.stat().unwrap().st_size, 3);
    assert!(!file.isatty());
    drop(file);
    assert_eq!(
        std::fs::read(sandbox.host("root/sub/new.txt")).unwrap(),
        b"wri"
    );

    let st = fs.stat(b"/sub/new.txt").unwrap();
    assert_eq!(st.file_type(), FileType::Regular);
    let mut names: Vec<_> = fs
        .listdir(b"/")
        .unwrap()
        .into_iter()
        .map(|e| e.name)
        .collect();
    names.sort();
    assert_eq!(names, [b"file.txt".to_vec(), b"sub".to_vec()]);

    fs.mkdir(b"/sub/dir", 0o755).unwrap();
    assert_eq!(errno(fs.mkdir(b"/sub/dir", 0o755)), EEXIST);
    fs.rename(b"/sub/new.txt", b"/sub/dir/moved.txt").unwrap();
    assert_eq!(errno(fs.rmdir(b"/sub/dir")), ENOTEMPTY);
    fs.unlink(b"/sub/dir/moved.txt").unwrap();
    fs.rmdir(b"/sub/dir").unwrap();
    assert_eq!(errno(fs.stat(b"/sub/dir")), ENOENT);
    assert_eq!(errno(fs.open(b"/missing/x", O_RDONLY, 0)), ENOENT);
    assert_eq!(errno(fs.open(b"/file.txt/x", O_RDONLY, 0)), ENOTDIR);

    fs.symlink(b"file.txt", b"/link").unwrap();
    assert_eq!(fs.readlink(b"/link").unwrap(), b"file.txt");
    assert_eq!(fs.lstat(b"/link").unwrap().file_type(), FileType::Symlink);
    assert_eq!(read_file(fs, b"/link"), b"inside");
    assert_eq!(errno(fs.open(b"/link", O_RDONLY | O_NOFOLLOW, 0)), ELOOP);

    fs.chmod(b"/link", 0o640, true).unwrap();
    assert_eq!(fs.stat(b"/file.txt").unwrap().st_mode & 0o777, 0o640);
    assert_eq!(errno(fs.chmod(b"/link", 0o600, false)), EOPNOTSUPP);
    fs.utime(b"/link", Some((3_000_000_001, 4_000_000_002)), true)
        .unwrap();
    let st = fs.stat(b"/file.txt").unwrap();
    assert_eq!(
        (st.st_atime_ns, st.st_mtime_ns),
        (3_000_000_001, 4_000_000_002)
    );
    fs.access(b"/file.txt", R_OK | W_OK).unwrap();
    assert_eq!(errno(fs.access(b"/file.txt", X_OK)), EACCES);

    let root = fs.stat(b"/").unwrap();
    assert_eq!(
        root.st_ino,
        std::fs::metadata(sandbox.host("root")).unwrap().ino()
    );
    assert_eq!(fs.stat(b"/sub/..").unwrap().st_ino, root.st_ino);
}

#[test]
fn dotdot_cannot_leave_the_root() {
    let sandbox = Sandbox::new("hostdir-dotdot");
    let fs = &sandbox.fs;
    assert_eq!(errno(fs.stat(b"/..")), EACCES);
    assert_eq!(errno(fs.stat(b"..")), EACCES);
    assert_eq!(errno(fs.stat(b"/../outside/secret.txt")), EACCES);
    assert_eq!(
        errno(fs.open(b"/sub/../../outside/secret.txt", O_RDONLY, 0)),
        EACCES
    );
    assert_eq!(errno(fs.listdir(b"/sub/../..")), EACCES);
    assert_eq!(errno(fs.mkdir(b"/../outside/made", 0o755)), EACCES);
    assert_eq!(
        errno(fs.open(b"/../outside/made", O_WRONLY | O_CREAT, 0o644)),
        EACCES
    );
    assert_eq!(errno(fs.unlink(b"/../outside/secret.txt")), EACCES);
    assert_eq!(
        errno(fs.rename(b"/file.txt", b"/../outside/stolen")),
        EACCES
    );
    assert_eq!(
        errno(fs.rename(b"/../outside/secret.txt", b"/taken")),
        EACCES
    );
    assert_eq!(errno(fs.symlink(b"x", b"/../outside/link")), EACCES);
    assert_eq!(
        errno(fs.chmod(b"/../outside/secret.txt", 0o777, true)),
        EACCES
    );
    assert_eq!(
        errno(fs.utime(b"/../outside/secret.txt", None, true)),
        EACCES
    );
    sandbox.outside_untouched();
}

#[test]
fn relative_symlinks_cannot_leave_the_root() {
    let sandbox = Sandbox::new("hostdir-relative");
    let fs = &sandbox.fs;
    sandbox.host_symlink("../outside", "escape");
    sandbox.host_symlink("../../outside/secret.txt", "sub/deep");
    sandbox.host_symlink("sub", "hop");

    // The links themselves are inside and may be inspected.
    assert_eq!(fs.lstat(b"/escape").unwrap().file_type(), FileType::Symlink);
    assert_eq!(fs.readlink(b"/escape").unwrap(), b"../outside");

    assert_eq!(errno(fs.stat(b"/escape")), EACCES);
    assert_eq!(errno(fs.listdir(b"/escape")), EACCES);
    assert_eq!(errno(fs.open(b"/escape/secret.txt", O_RDONLY, 0)), EACCES);
    assert_eq!(errno(fs.open(b"/sub/deep", O_RDONLY, 0)), EACCES);
    assert_eq!(errno(fs.open(b"/hop/deep", O_RDONLY, 0)), EACCES);
    assert_eq!(errno(fs.mkdir(b"/escape/made", 0o755)), EACCES);
    assert_eq!(
        errno(fs.open(b"/escape/made", O_WRONLY | O_CREAT, 0o644)),
        EACCES
    );
    assert_eq!(errno(fs.chmod(b"/sub/deep", 0o777, true)), EACCES);
    assert_eq!(errno(fs.utime(b"/escape/secret.txt", None, true)), EACCES);
    assert_eq!(errno(fs.rename(b"/escape/secret.txt", b"/taken")), EACCES);
    assert_eq!(errno(fs.unlink(b"/escape/secret.txt")), EACCES);
    assert_eq!(errno(fs.access(b"/escape/secret.txt", F_OK)), EACCES);

    // Removing the link only touches the link.
    fs.unlink(b"/escape").unwrap();
    sandbox.outside_untouched();
}

#[test]
fn absolute_symlinks_cannot_leave_the_root() {
    let sandbox = Sandbox::new("hostdir-absolute");
    let fs = &sandbox.fs;
    std::fs::create_dir(sandbox.host("root-sibling")).unwrap();
    sandbox.host_symlink(sandbox.host("outside"), "outside-dir");
    sandbox.host_symlink(sandbox.host("outside/secret.txt"), "secret");
    sandbox.host_symlink("/", "host-root");
    sandbox.host_symlink("/etc/passwd", "passwd");
    // Shares the root's path as a string prefix but not as whole components.
    sandbox.host_symlink(sandbox.host("root-sibling"), "sibling");
    // Enters the root, then climbs out of it.
    sandbox.host_symlink(sandbox.host("root/../outside"), "reenter");

    for link in [
        "/outside-dir",
        "/secret",
        "/host-root",
        "/passwd",
        "/sibling",
        "/reenter",
    ] {
        assert_eq!(errno(fs.stat(link.as_bytes())), EACCES, "{link}");
        assert_eq!(
            errno(fs.open(link.as_bytes(), O_RDONLY, 0)),
            EACCES,
            "{link}"
        );
    }
    assert_eq!(errno(fs.listdir(b"/host-root/etc")), EACCES);
    assert_eq!(
        errno(fs.open(b"/outside-dir/new", O_WRONLY | O_CREAT, 0o644)),
        EACCES
    );
    sandbox.outside_untouched();
}

#[test]
fn absolute_symlinks_into_the_root_are_followed() {
    let sandbox = Sandbox::new("hostdir-inside");
    let fs = &sandbox.fs;
    sandbox.host_symlink(sandbox.host("root/file.txt"), "absolute-file");
    sandbox.host_symlink(sandbox.host("root/sub"), "sub/self");
    sandbox.host_symlink(sandbox.host("root"), "top");
    assert_eq!(read_file(fs, b"/absolute-file"), b"inside");
    assert_eq!(
        fs.stat(b"/sub/self").unwrap().file_type(),
        FileType::Directory
    );
    assert_eq!(read_file(fs, b"/top/sub/self/../file.txt"), b"inside");
}

#[test]
fn symlinks_created_through_the_file_system_are_confined() {
    let sandbox = Sandbox::new("hostdir-created");
    let fs = &sandbox.fs;
    fs.symlink(b"../../outside", b"/sub/out").unwrap();
    fs.symlink(b"/etc", b"/etc-link").unwrap();
    fs.symlink(b"../file.txt", b"/sub/ok").unwrap();
    assert_eq!(errno(fs.open(b"/sub/out/secret.txt", O_RDONLY, 0)), EACCES);
    assert_eq!(errno(fs.listdir(b"/etc-link")), EACCES);
    assert_eq!(read_file(fs, b"/sub/ok"), b"inside");
    sandbox.outside_untouched();
}

#[test]
fn dangling_symlinks_cannot_create_outside() {
    let sandbox = Sandbox::new("hostdir-dangling");
    let fs = &sandbox.fs;
    sandbox.host_symlink("../outside/created.txt", "dangling");
    sandbox.host_symlink(sandbox.host("outside/created.txt"), "dangling-absolute");
    sandbox.host_symlink("made-inside.txt", "dangling-inside");
    for link in [&b"/dangling"[..], b"/dangling-absolute"] {
        assert_eq!(errno(fs.open(link, O_WRONLY | O_CREAT, 0o644)), EACCES);
    }
    // With O_EXCL the link is not followed at all: it exists, so EEXIST.
    assert_eq!(
        errno(fs.open(b"/dangling", O_WRONLY | O_CREAT | O_EXCL, 0o644)),
        EEXIST
    );
    drop(
        fs.open(b"/dangling-inside", O_WRONLY | O_CREAT, 0o644)
            .unwrap(),
    );
    assert!(sandbox.host("root/made-inside.txt").exists());
    sandbox.outside_untouched();
}

#[test]
fn symlink_loops_give_eloop() {
    let sandbox = Sandbox::new("hostdir-loop");
    sandbox.host_symlink("b", "a");
    sandbox.host_symlink("a", "b");
    sandbox.host_symlink(".", "dot");
    assert_eq!(errno(sandbox.fs.stat(b"/a")), ELOOP);
    assert_eq!(read_file(&sandbox.fs, b"/dot/dot/dot/file.txt"), b"inside");
}

#[test]
fn the_root_itself_may_be_reached_through_a_symlink() {
    let sandbox = Sandbox::new("hostdir-linked-root");
    symlink(sandbox.host("root"), sandbox.host("alias")).unwrap();
    let fs = HostDir::new(sandbox.host("alias")).unwrap();
    // Absolute targets are compared with the canonical root path, component by
    // component, without resolving the host's own symlinks.
    sandbox.host_symlink(sandbox.host("root/file.txt"), "absolute");
    assert_eq!(read_file(&fs, b"/absolute"), b"inside");
    sandbox.host_symlink(sandbox.host("alias/file.txt"), "via-alias");
    assert_eq!(errno(fs.stat(b"/via-alias")), EACCES);
}

#[test]
fn construction_checks_the_root() {
    let dir = TempDir::new("hostdir-new");
    let missing = dir.path().join("missing");
    let err = HostDir::new(&missing).err().unwrap();
    assert_eq!(err.errno(), ENOENT);
    assert_eq!(err.filename(), Some(missing.as_os_str().as_bytes()));
    std::fs::write(dir.path().join("file"), "").unwrap();
    assert_eq!(
        HostDir::new(dir.path().join("file")).err().unwrap().errno(),
        ENOTDIR
    );
}

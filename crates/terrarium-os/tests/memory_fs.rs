//! `MemoryFs` through the `FileSystem` trait, checked against Linux's behaviour.

mod common;

use common::errno;
use terrarium_os::consts::*;
use terrarium_os::errno::*;
use terrarium_os::{FileHandle, FileSystem, FileType, MemoryFs, VIRTUAL_UID};

fn write_file(fs: &MemoryFs, path: &[u8], content: &[u8]) {
    let mut file = fs.open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644).unwrap();
    assert_eq!(file.write(content).unwrap(), content.len());
}

fn read_file(fs: &MemoryFs, path: &[u8]) -> Vec<u8> {
    read_all(&mut *fs.open(path, O_RDONLY, 0).unwrap())
}

fn read_all(file: &mut dyn FileHandle) -> Vec<u8> {
    let mut out = Vec::new();
    let mut buf = [0u8; 7];
    loop {
        let n = file.read(&mut buf).unwrap();
        if n == 0 {
            return out;
        }
        out.extend_from_slice(&buf[..n]);
    }
}

fn names(fs: &MemoryFs, path: &[u8]) -> Vec<Vec<u8>> {
    let mut names: Vec<_> = fs
        .listdir(path)
        .unwrap()
        .into_iter()
        .map(|e| e.name)
        .collect();
    names.sort();
    names
}

#[test]
fn files_round_trip() {
    let fs = MemoryFs::new();
    write_file(&fs, b"/file", b"hello world");
    assert_eq!(read_file(&fs, b"/file"), b"hello world");
    let st = fs.stat(b"/file").unwrap();
    assert_eq!(st.st_size, 11);
    assert_eq!(st.st_mode, S_IFREG | 0o644);
    assert_eq!(st.st_nlink, 1);
    assert_eq!(st.st_uid, VIRTUAL_UID);
    assert_eq!(st.st_blocks, 1);
}

#[test]
fn offsets_truncation_and_append() {
    let fs = MemoryFs::new();
    let mut file = fs.open(b"/f", O_RDWR | O_CREAT, 0o600).unwrap();
    file.write(b"abcdef").unwrap();
    assert_eq!(file.seek(2, SEEK_SET).unwrap(), 2);
    file.write(b"XY").unwrap();
    assert_eq!(file.seek(-1, SEEK_END).unwrap(), 5);
    assert_eq!(file.seek(1, SEEK_CUR).unwrap(), 6);
    assert_eq!(errno(file.seek(-7, SEEK_END)), EINVAL);
    // Writing past the end fills the gap with zeros.
    file.seek(8, SEEK_SET).unwrap();
    file.write(b"!").unwrap();
    assert_eq!(read_file(&fs, b"/f"), b"abXYef\0\0!");
    file.truncate(3).unwrap();
    assert_eq!(file.stat().unwrap().st_size, 3);
    assert_eq!(errno(file.truncate(-1)), EINVAL);
    drop(file);

    let mut appender = fs.open(b"/f", O_WRONLY | O_APPEND, 0).unwrap();
    appender.seek(0, SEEK_SET).unwrap();
    appender.write(b"+").unwrap();
    assert_eq!(read_file(&fs, b"/f"), b"abX+");

    let _truncating = fs.open(b"/f", O_WRONLY | O_TRUNC, 0).unwrap();
    assert_eq!(fs.stat(b"/f").unwrap().st_size, 0);
}

#[test]
fn access_modes_are_enforced_per_handle() {
    let fs = MemoryFs::new();
    write_file(&fs, b"/f", b"data");
    let mut reader = fs.open(b"/f", O_RDONLY, 0).unwrap();
    assert_eq!(errno(reader.write(b"x")), EBADF);
    assert_eq!(errno(reader.truncate(0)), EINVAL);
    let mut writer = fs.open(b"/f", O_WRONLY, 0).unwrap();
    assert_eq!(errno(writer.read(&mut [0u8; 4])), EBADF);
}

#[test]
fn open_reports_linux_errors() {
    let fs = MemoryFs::new();
    write_file(&fs, b"/file", b"");
    fs.mkdir(b"/dir", 0o755).unwrap();
    assert_eq!(errno(fs.open(b"/missing", O_RDONLY, 0)), ENOENT);
    assert_eq!(errno(fs.open(b"/missing/x", O_RDONLY | O_CREAT, 0)), ENOENT);
    assert_eq!(
        errno(fs.open(b"/file", O_RDONLY | O_CREAT | O_EXCL, 0)),
        EEXIST
    );
    assert_eq!(errno(fs.open(b"/file/x", O_RDONLY, 0)), ENOTDIR);
    assert_eq!(errno(fs.open(b"/file", O_RDONLY | O_DIRECTORY, 0)), ENOTDIR);
    assert_eq!(errno(fs.open(b"/dir", O_WRONLY, 0)), EISDIR);
    assert_eq!(errno(fs.open(b"/dir", O_RDONLY | O_CREAT, 0)), EISDIR);
    assert_eq!(errno(fs.open(b"", O_RDONLY, 0)), ENOENT);
    assert_eq!(errno(fs.open(b"/a\0b", O_RDONLY, 0)), EINVAL);

    // A directory opens read-only, as os.open allows; reading it is EISDIR.
    let mut dir = fs.open(b"/dir", O_RDONLY, 0).unwrap();
    assert_eq!(dir.stat().unwrap().file_type(), FileType::Directory);
    assert_eq!(errno(dir.read(&mut [0u8; 1])), EISDIR);
}

#[test]
fn directories_report_linux_errors() {
    let fs = MemoryFs::new();
    fs.mkdir(b"/a", 0o755).unwrap();
    fs.mkdir(b"/a/b", 0o700).unwrap();
    assert_eq!(fs.stat(b"/a/b").unwrap().st_mode, S_IFDIR | 0o700);
    assert_eq!(fs.stat(b"/a").unwrap().st_nlink, 3);
    assert_eq!(errno(fs.mkdir(b"/a", 0o755)), EEXIST);
    assert_eq!(errno(fs.mkdir(b"/", 0o755)), EEXIST);
    assert_eq!(errno(fs.mkdir(b"/x/y", 0o755)), ENOENT);
    write_file(&fs, b"/a/file", b"");
    assert_eq!(errno(fs.mkdir(b"/a/file/sub", 0o755)), ENOTDIR);
    assert_eq!(errno(fs.rmdir(b"/a")), ENOTEMPTY);
    assert_eq!(errno(fs.rmdir(b"/a/file")), ENOTDIR);
    assert_eq!(errno(fs.rmdir(b"/")), EBUSY);
    assert_eq!(errno(fs.rmdir(b"/a/b/.")), EINVAL);
    assert_eq!(errno(fs.rmdir(b"/missing")), ENOENT);
    assert_eq!(errno(fs.unlink(b"/a/b")), EISDIR);
    assert_eq!(errno(fs.unlink(b"/missing")), ENOENT);
    assert_eq!(errno(fs.listdir(b"/a/file")), ENOTDIR);
    assert_eq!(names(&fs, b"/a"), [b"b".to_vec(), b"file".to_vec()]);

    fs.rmdir(b"/a/b").unwrap();
    fs.unlink(b"/a/file").unwrap();
    assert_eq!(fs.stat(b"/a").unwrap().st_nlink, 2);
    fs.rmdir(b"/a").unwrap();
    assert!(fs.listdir(b"/").unwrap().is_empty());
}

#[test]
fn dot_and_dotdot_resolve_physically() {
    let fs = MemoryFs::new();
    fs.mkdir(b"/a", 0o755).unwrap();
    fs.mkdir(b"/a/b", 0o755).unwrap();
    write_file(&fs, b"/a/b/../file", b"x");
    assert_eq!(read_file(&fs, b"/a/./file"), b"x");
    assert_eq!(read_file(&fs, b"/../../a//b/../file"), b"x");
    assert_eq!(
        fs.stat(b"/a/b/..").unwrap().st_ino,
        fs.stat(b"/a").unwrap().st_ino
    );
}

#[test]
fn symlinks_follow_like_linux() {
    let fs = MemoryFs::new();
    fs.mkdir(b"/dir", 0o755).unwrap();
    write_file(&fs, b"/dir/file", b"content");
    fs.symlink(b"dir/file", b"/relative").unwrap();
    fs.symlink(b"/dir", b"/absolute").unwrap();
    fs.symlink(b"../dir/file", b"/dir/up").unwrap();

    assert_eq!(read_file(&fs, b"/relative"), b"content");
    assert_eq!(read_file(&fs, b"/absolute/file"), b"content");
    assert_eq!(read_file(&fs, b"/dir/up"), b"content");
    assert_eq!(fs.readlink(b"/relative").unwrap(), b"dir/file");
    let link = fs.lstat(b"/relative").unwrap();
    assert_eq!(link.file_type(), FileType::Symlink);
    assert_eq!(link.st_size, 8);
    assert_eq!(
        fs.stat(b"/relative").unwrap().file_type(),
        FileType::Regular
    );
    assert_eq!(errno(fs.readlink(b"/dir/file")), EINVAL);
    assert_eq!(errno(fs.symlink(b"x", b"/relative")), EEXIST);
    assert_eq!(
        errno(fs.open(b"/relative", O_RDONLY | O_NOFOLLOW, 0)),
        ELOOP
    );
    assert_eq!(
        errno(fs.open(b"/relative", O_WRONLY | O_CREAT | O_EXCL, 0)),
        EEXIST
    );

    let entries = fs.listdir(b"/").unwrap();
    let absolute = entries.iter().find(|e| e.name == b"absolute").unwrap();
    assert_eq!(absolute.file_type, FileType::Symlink);

    // Unlinking a symlink removes the link, not its target.
    fs.unlink(b"/relative").unwrap();
    assert_eq!(read_file(&fs, b"/dir/file"), b"content");
}

#[test]
fn dangling_symlinks_and_loops() {
    let fs = MemoryFs::new();
    fs.symlink(b"created", b"/dangling").unwrap();
    assert_eq!(errno(fs.stat(b"/dangling")), ENOENT);
    // O_CREAT through a dangling symlink creates its target, as on Linux.
    write_file(&fs, b"/dangling", b"via link");
    assert_eq!(read_file(&fs, b"/created"), b"via link");

    fs.symlink(b"loop-b", b"/loop-a").unwrap();
    fs.symlink(b"loop-a", b"/loop-b").unwrap();
    assert_eq!(errno(fs.stat(b"/loop-a")), ELOOP);
    assert_eq!(fs.lstat(b"/loop-a").unwrap().file_type(), FileType::Symlink);
    assert_eq!(errno(fs.symlink(b"", b"/empty")), ENOENT);
}

#[test]
fn rename_follows_posix_rules() {
    let fs = MemoryFs::new();
    fs.mkdir(b"/dir", 0o755).unwrap();
    fs.mkdir(b"/dir/sub", 0o755).unwrap();
    fs.mkdir(b"/full", 0o755).unwrap();
    write_file(&fs, b"/full/file", b"");
    write_file(&fs, b"/a", b"A");
    write_file(&fs, b"/b", b"B");

    fs.rename(b"/a", b"/b").unwrap();
    assert_eq!(read_file(&fs, b"/b"), b"A");
    assert_eq!(errno(fs.stat(b"/a")), ENOENT);
    assert_eq!(errno(fs.rename(b"/a", b"/c")), ENOENT);
    assert_eq!(errno(fs.rename(b"/b", b"/dir")), EISDIR);
    assert_eq!(errno(fs.rename(b"/dir", b"/b")), ENOTDIR);
    assert_eq!(errno(fs.rename(b"/dir", b"/full")), ENOTEMPTY);
    assert_eq!(errno(fs.rename(b"/dir", b"/dir/sub/inside")), EINVAL);
    assert_eq!(errno(fs.rename(b"/", b"/x")), EBUSY);
    fs.rename(b"/b", b"/b").unwrap();

    // A directory moves with its contents and replaces an empty one.
    fs.mkdir(b"/empty", 0o755).unwrap();
    fs.rename(b"/dir", b"/empty").unwrap();
    assert_eq!(names(&fs, b"/empty"), [b"sub".to_vec()]);
    assert_eq!(
        fs.stat(b"/empty/sub/..").unwrap().st_ino,
        fs.stat(b"/empty").unwrap().st_ino
    );
    fs.rename(b"/empty/sub", b"/full/sub").unwrap();
    assert_eq!(fs.stat(b"/full").unwrap().st_nlink, 3);
    assert_eq!(fs.stat(b"/empty").unwrap().st_nlink, 2);
}

#[test]
fn unlinked_files_live_while_open() {
    let fs = MemoryFs::new();
    write_file(&fs, b"/f", b"still here");
    let mut file = fs.open(b"/f", O_RDONLY, 0).unwrap();
    fs.unlink(b"/f").unwrap();
    assert_eq!(errno(fs.stat(b"/f")), ENOENT);
    assert_eq!(file.stat().unwrap().st_nlink, 0);
    assert_eq!(read_all(&mut *file), b"still here");
}

#[test]
fn chmod_and_utime() {
    let fs = MemoryFs::new();
    write_file(&fs, b"/f", b"");
    fs.symlink(b"f", b"/link").unwrap();
    fs.chmod(b"/link", 0o4711, true).unwrap();
    assert_eq!(fs.stat(b"/f").unwrap().st_mode, S_IFREG | 0o4711);
    assert_eq!(errno(fs.chmod(b"/link", 0o600, false)), EOPNOTSUPP);
    assert_eq!(errno(fs.chmod(b"/missing", 0o600, true)), ENOENT);

    fs.utime(b"/link", Some((5, 7_000_000_000)), true).unwrap();
    let st = fs.stat(b"/f").unwrap();
    assert_eq!((st.st_atime_ns, st.st_mtime_ns), (5, 7_000_000_000));
    fs.utime(b"/link", Some((1, 2)), false).unwrap();
    assert_eq!(fs.lstat(b"/link").unwrap().st_mtime_ns, 2);
    assert_eq!(fs.stat(b"/f").unwrap().st_mtime_ns, 7_000_000_000);
    fs.utime(b"/f", None, true).unwrap();
    assert!(fs.stat(b"/f").unwrap().st_mtime_ns > 7_000_000_000);
}

#[test]
fn access_follows_owner_bits() {
    let fs = MemoryFs::new();
    write_file(&fs, b"/f", b"");
    fs.chmod(b"/f", 0o400, true).unwrap();
    fs.access(b"/f", F_OK).unwrap();
    fs.access(b"/f", R_OK).unwrap();
    assert_eq!(errno(fs.access(b"/f", W_OK)), EACCES);
    assert_eq!(errno(fs.access(b"/f", R_OK | X_OK)), EACCES);
    assert_eq!(errno(fs.access(b"/missing", F_OK)), ENOENT);
}

#[test]
fn size_limit_gives_enospc() {
    let fs = MemoryFs::with_size_limit(10);
    let mut file = fs.open(b"/f", O_WRONLY | O_CREAT, 0o644).unwrap();
    file.write(b"12345678").unwrap();
    assert_eq!(errno(file.write(b"abc")), ENOSPC);
    file.write(b"ab").unwrap();
    drop(file);
    // Space comes back when a file is removed.
    fs.unlink(b"/f").unwrap();
    write_file(&fs, b"/g", b"0123456789");
}

#[test]
fn clones_share_the_tree_and_instances_differ() {
    let fs = MemoryFs::new();
    let other = MemoryFs::new();
    let shared = fs.clone();
    write_file(&fs, b"/f", b"x");
    assert_eq!(read_file(&shared, b"/f"), b"x");
    assert_eq!(errno(other.stat(b"/f")), ENOENT);
    assert_ne!(
        fs.stat(b"/").unwrap().st_dev,
        other.stat(b"/").unwrap().st_dev
    );
}

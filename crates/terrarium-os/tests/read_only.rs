//! `ReadOnly` passes reads through and refuses changes with Linux's errors.

mod common;

use common::errno;
use terrarium_os::consts::*;
use terrarium_os::errno::*;
use terrarium_os::{FileSystem, MemoryFs, ReadOnly};

fn populated() -> (MemoryFs, ReadOnly<MemoryFs>) {
    let inner = MemoryFs::new();
    inner.mkdir(b"/dir", 0o755).unwrap();
    let mut file = inner.open(b"/dir/file", O_WRONLY | O_CREAT, 0o644).unwrap();
    file.write(b"content").unwrap();
    inner.symlink(b"dir/file", b"/link").unwrap();
    (inner.clone(), ReadOnly::new(inner))
}

#[test]
fn reads_pass_through() {
    let (_, fs) = populated();
    let mut buf = [0u8; 16];
    let n = fs
        .open(b"/link", O_RDONLY, 0)
        .unwrap()
        .read(&mut buf)
        .unwrap();
    assert_eq!(&buf[..n], b"content");
    assert_eq!(fs.stat(b"/dir/file").unwrap().st_size, 7);
    assert_eq!(fs.readlink(b"/link").unwrap(), b"dir/file");
    assert_eq!(fs.listdir(b"/").unwrap().len(), 2);
    fs.access(b"/dir/file", R_OK).unwrap();
    // Linux lets O_CREAT open an existing file for reading on a read-only mount.
    fs.open(b"/dir/file", O_RDONLY | O_CREAT, 0o644).unwrap();
}

#[test]
fn changes_fail_with_erofs() {
    let (inner, fs) = populated();
    assert_eq!(errno(fs.open(b"/dir/file", O_WRONLY, 0).map(drop)), EROFS);
    assert_eq!(errno(fs.open(b"/dir/file", O_RDWR, 0).map(drop)), EROFS);
    assert_eq!(
        errno(fs.open(b"/dir/file", O_RDONLY | O_TRUNC, 0).map(drop)),
        EROFS
    );
    assert_eq!(
        errno(fs.open(b"/new", O_WRONLY | O_CREAT, 0o644).map(drop)),
        EROFS
    );
    assert_eq!(errno(fs.mkdir(b"/new", 0o755)), EROFS);
    assert_eq!(errno(fs.rmdir(b"/dir")), EROFS);
    assert_eq!(errno(fs.unlink(b"/dir/file")), EROFS);
    assert_eq!(errno(fs.rename(b"/dir/file", b"/moved")), EROFS);
    assert_eq!(errno(fs.symlink(b"x", b"/new")), EROFS);
    assert_eq!(errno(fs.chmod(b"/dir/file", 0o600, true)), EROFS);
    assert_eq!(errno(fs.utime(b"/link", None, false)), EROFS);
    assert_eq!(errno(fs.access(b"/dir/file", W_OK)), EROFS);
    // Nothing changed underneath.
    assert_eq!(inner.stat(b"/dir/file").unwrap().st_mode & 0o777, 0o644);
    assert_eq!(inner.listdir(b"/").unwrap().len(), 2);
}

#[test]
fn errors_linux_reports_first_still_come_first() {
    let (_, fs) = populated();
    assert_eq!(errno(fs.open(b"/missing", O_WRONLY, 0).map(drop)), ENOENT);
    assert_eq!(
        errno(
            fs.open(b"/dir/file", O_WRONLY | O_CREAT | O_EXCL, 0)
                .map(drop)
        ),
        EEXIST
    );
    assert_eq!(errno(fs.mkdir(b"/dir", 0o755)), EEXIST);
    assert_eq!(errno(fs.symlink(b"x", b"/link")), EEXIST);
    assert_eq!(errno(fs.unlink(b"/missing")), ENOENT);
    assert_eq!(errno(fs.rmdir(b"/missing/deeper")), ENOENT);
    assert_eq!(errno(fs.rename(b"/missing", b"/x")), ENOENT);
    assert_eq!(errno(fs.chmod(b"/missing", 0o600, true)), ENOENT);
    assert_eq!(errno(fs.access(b"/missing", W_OK)), ENOENT);
}

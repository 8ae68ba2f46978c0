//! `DenyAll` refuses every operation with `EACCES`.

mod common;

use common::errno;
use terrarium_os::consts::*;
use terrarium_os::errno::EACCES;
use terrarium_os::{DenyAll, FileSystem};

#[test]
fn every_operation_is_refused() {
    let fs = DenyAll;
    assert_eq!(errno(fs.open(b"/x", O_RDONLY, 0).map(drop)), EACCES);
    assert_eq!(
        errno(fs.open(b"/x", O_WRONLY | O_CREAT, 0o644).map(drop)),
        EACCES
    );
    assert_eq!(errno(fs.stat(b"/")), EACCES);
    assert_eq!(errno(fs.lstat(b"/x")), EACCES);
    assert_eq!(errno(fs.access(b"/", F_OK)), EACCES);
    assert_eq!(errno(fs.listdir(b"/")), EACCES);
    assert_eq!(errno(fs.mkdir(b"/x", 0o755)), EACCES);
    assert_eq!(errno(fs.rmdir(b"/x")), EACCES);
    assert_eq!(errno(fs.unlink(b"/x")), EACCES);
    assert_eq!(errno(fs.rename(b"/x", b"/y")), EACCES);
    assert_eq!(errno(fs.readlink(b"/x")), EACCES);
    assert_eq!(errno(fs.symlink(b"/x", b"/y")), EACCES);
    assert_eq!(errno(fs.chmod(b"/x", 0o777, true)), EACCES);
    assert_eq!(errno(fs.utime(b"/x", None, true)), EACCES);
}

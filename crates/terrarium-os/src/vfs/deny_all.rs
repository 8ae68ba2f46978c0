use crate::errno;
use crate::error::{OsError, OsResult};
use crate::stat::{DirEntry, Stat};
use crate::vfs::{FileHandle, FileSystem};

/// A file system that refuses everything with `EACCES`, so Python sees the
/// `PermissionError` CPython raises when access is denied. The default for contexts
/// granted no file access.
///
/// ```
/// use terrarium_os::{DenyAll, FileSystem, errno};
///
/// assert_eq!(DenyAll.stat(b"/").unwrap_err().errno(), errno::EACCES);
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct DenyAll;

fn denied<T>() -> OsResult<T> {
    Err(OsError::new(errno::EACCES))
}

impl FileSystem for DenyAll {
    fn open(&self, _path: &[u8], _flags: i32, _mode: u32) -> OsResult<Box<dyn FileHandle>> {
        denied()
    }

    fn stat(&self, _path: &[u8]) -> OsResult<Stat> {
        denied()
    }

    fn lstat(&self, _path: &[u8]) -> OsResult<Stat> {
        denied()
    }

    fn access(&self, _path: &[u8], _mode: i32) -> OsResult<()> {
        denied()
    }

    fn listdir(&self, _path: &[u8]) -> OsResult<Vec<DirEntry>> {
        denied()
    }

    fn mkdir(&self, _path: &[u8], _mode: u32) -> OsResult<()> {
        denied()
    }

    fn rmdir(&self, _path: &[u8]) -> OsResult<()> {
        denied()
    }

    fn unlink(&self, _path: &[u8]) -> OsResult<()> {
        denied()
    }

    fn rename(&self, _from: &[u8], _to: &[u8]) -> OsResult<()> {
        denied()
    }

    fn readlink(&self, _path: &[u8]) -> OsResult<Vec<u8>> {
        denied()
    }

    fn symlink(&self, _target: &[u8], _link: &[u8]) -> OsResult<()> {
        denied()
    }

    fn chmod(&self, _path: &[u8], _mode: u32, _follow_symlinks: bool) -> OsResult<()> {
        denied()
    }

    fn utime(
        &self,
        _path: &[u8],
        _times_ns: Option<(i128, i128)>,
        _follow_symlinks: bool,
    ) -> OsResult<()> {
        denied()
    }
}

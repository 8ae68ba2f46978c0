use crate::consts::{O_ACCMODE, O_CREAT, O_EXCL, O_RDONLY, O_TRUNC, W_OK};
use crate::errno;
use crate::error::{OsError, OsResult};
use crate::stat::{DirEntry, Stat};
use crate::vfs::{FileHandle, FileSystem};

/// Wraps a file system so that anything that would change it fails with `EROFS`, as on
/// a read-only mount; reading passes through.
///
/// Where Linux reports another error before `EROFS` (a missing file is `ENOENT`, an
/// existing directory given to `mkdir` is `EEXIST`), so does this wrapper.
///
/// ```
/// use terrarium_os::{FileSystem, MemoryFs, ReadOnly, errno};
///
/// let fs = ReadOnly::new(MemoryFs::new());
/// assert_eq!(fs.mkdir(b"/new", 0o777).unwrap_err().errno(), errno::EROFS);
/// assert_eq!(fs.mkdir(b"/", 0o777).unwrap_err().errno(), errno::EEXIST);
/// ```
#[derive(Clone, Debug)]
pub struct ReadOnly<F> {
    inner: F,
}

impl<F: FileSystem> ReadOnly<F> {
    /// A read-only view of `inner`.
    pub fn new(inner: F) -> Self {
        Self { inner }
    }

    /// Refuses a change to something that must already exist.
    fn refuse_change<T>(&self, path: &[u8]) -> OsResult<T> {
        self.inner.lstat(path)?;
        Err(OsError::new(errno::EROFS))
    }

    /// Refuses to create something at `path`.
    fn refuse_creation<T>(&self, path: &[u8]) -> OsResult<T> {
        match self.inner.lstat(path) {
            Ok(_) => Err(OsError::new(errno::EEXIST)),
            Err(err) if err.errno() == errno::ENOENT => Err(OsError::new(errno::EROFS)),
            Err(err) => Err(err),
        }
    }
}

impl<F: FileSystem> FileSystem for ReadOnly<F> {
    fn open(&self, path: &[u8], flags: i32, mode: u32) -> OsResult<Box<dyn FileHandle>> {
        let writes = flags & O_ACCMODE != O_RDONLY || flags & O_TRUNC != 0;
        let creates = flags & O_CREAT != 0;
        if !writes && !creates {
            return self.inner.open(path, flags, mode);
        }
        match self.inner.stat(path) {
            Ok(_) if creates && flags & O_EXCL != 0 => Err(OsError::new(errno::EEXIST)),
            // Linux lets O_CREAT open an existing file read-only on a read-only mount.
            Ok(_) if !writes => self.inner.open(path, flags & !O_CREAT, mode),
            Ok(_) => Err(OsError::new(errno::EROFS)),
            Err(err) if err.errno() == errno::ENOENT && creates => Err(OsError::new(errno::EROFS)),
            Err(err) => Err(err),
        }
    }

    fn stat(&self, path: &[u8]) -> OsResult<Stat> {
        self.inner.stat(path)
    }

    fn lstat(&self, path: &[u8]) -> OsResult<Stat> {
        self.inner.lstat(path)
    }

    fn access(&self, path: &[u8], mode: i32) -> OsResult<()> {
        self.inner.access(path, mode & !W_OK)?;
        if mode & W_OK != 0 {
            return Err(OsError::new(errno::EROFS));
        }
        Ok(())
    }

    fn listdir(&self, path: &[u8]) -> OsResult<Vec<DirEntry>> {
        self.inner.listdir(path)
    }

    fn mkdir(&self, path: &[u8], _mode: u32) -> OsResult<()> {
        self.refuse_creation(path)
    }

    fn rmdir(&self, path: &[u8]) -> OsResult<()> {
        self.refuse_change(path)
    }

    fn unlink(&self, path: &[u8]) -> OsResult<()> {
        self.refuse_change(path)
    }

    fn rename(&self, from: &[u8], _to: &[u8]) -> OsResult<()> {
        self.refuse_change(from)
    }

    fn readlink(&self, path: &[u8]) -> OsResult<Vec<u8>> {
        self.inner.readlink(path)
    }

    fn symlink(&self, _target: &[u8], link: &[u8]) -> OsResult<()> {
        self.refuse_creation(link)
    }

    fn chmod(&self, path: &[u8], _mode: u32, follow_symlinks: bool) -> OsResult<()> {
        if follow_symlinks {
            self.inner.stat(path)?;
        }
        self.refuse_change(path)
    }

    fn utime(
        &self,
        path: &[u8],
        _times_ns: Option<(i128, i128)>,
        follow_symlinks: bool,
    ) -> OsResult<()> {
        if follow_symlinks {
            self.inner.stat(path)?;
        }
        self.refuse_change(path)
    }
}

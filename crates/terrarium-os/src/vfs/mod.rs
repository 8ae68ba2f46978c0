//! The file systems behind the virtual backend.

mod deny_all;
mod host_dir;
mod memory;
mod mount;
mod read_only;

use std::sync::Arc;

use crate::consts::{R_OK, W_OK, X_OK};
use crate::errno;
use crate::error::{OsError, OsResult};
use crate::stat::{DirEntry, Stat};

pub use deny_all::DenyAll;
pub use host_dir::HostDir;
pub use memory::MemoryFs;
pub use mount::MountTable;
pub use read_only::ReadOnly;

/// A tree of files that [`crate::VirtualPosix`] routes every path operation to.
///
/// Paths are absolute, `/`-separated bytes interpreted from this file system's own root
/// (a [`MountTable`] strips the mount point first). The virtual backend has already
/// folded `.` and `..` and applied its umask to `mode`, but paths from symlink targets
/// and direct callers may still contain them, so implementations resolve them too.
/// Errors are bare errno values: the backend adds the file names.
///
/// Implementations must be safe to share between contexts and threads.
pub trait FileSystem: Send + Sync {
    /// Opens a file (or a directory, read-only) with `O_*` `flags`; `mode` is used when
    /// the file is created.
    fn open(&self, path: &[u8], flags: i32, mode: u32) -> OsResult<Box<dyn FileHandle>>;
    /// Describes a file, following symlinks.
    fn stat(&self, path: &[u8]) -> OsResult<Stat>;
    /// Describes a file without following a final symlink.
    fn lstat(&self, path: &[u8]) -> OsResult<Stat>;
    /// Checks `F_OK` or `R_OK | W_OK | X_OK` access. The default judges by the owner's
    /// permission bits, since the sandboxed program owns what it sees.
    fn access(&self, path: &[u8], mode: i32) -> OsResult<()> {
        let st = self.stat(path)?;
        let denied = [(R_OK, 0o400), (W_OK, 0o200), (X_OK, 0o100)]
            .into_iter()
            .any(|(wanted, bit)| mode & wanted != 0 && st.st_mode & bit == 0);
        if denied {
            Err(OsError::new(errno::EACCES))
        } else {
            Ok(())
        }
    }
    /// The entries of a directory, without `.` and `..`.
    fn listdir(&self, path: &[u8]) -> OsResult<Vec<DirEntry>>;
    /// Creates a directory.
    fn mkdir(&self, path: &[u8], mode: u32) -> OsResult<()>;
    /// Removes an empty directory.
    fn rmdir(&self, path: &[u8]) -> OsResult<()>;
    /// Removes a non-directory.
    fn unlink(&self, path: &[u8]) -> OsResult<()>;
    /// Renames `from` to `to`, replacing `to` as POSIX `rename` does.
    fn rename(&self, from: &[u8], to: &[u8]) -> OsResult<()>;
    /// The content of a symlink.
    fn readlink(&self, path: &[u8]) -> OsResult<Vec<u8>>;
    /// Creates a symlink at `link` whose content is `target`, stored as given.
    fn symlink(&self, target: &[u8], link: &[u8]) -> OsResult<()>;
    /// Sets permission bits.
    fn chmod(&self, path: &[u8], mode: u32, follow_symlinks: bool) -> OsResult<()>;
    /// Sets `(access, modification)` times in nanoseconds, or both to now.
    fn utime(
        &self,
        path: &[u8],
        times_ns: Option<(i128, i128)>,
        follow_symlinks: bool,
    ) -> OsResult<()>;
}

/// An open file of a [`FileSystem`]: what a virtual descriptor refers to.
///
/// Descriptors made by `dup` share one handle, and with it the file offset, as POSIX
/// open file descriptions do. Access checks (reading a write-only file gives `EBADF`)
/// are the handle's job.
pub trait FileHandle: Send {
    /// Reads at the offset and advances it; 0 means end of file.
    fn read(&mut self, buf: &mut [u8]) -> OsResult<usize>;
    /// Writes at the offset (or at the end, for `O_APPEND`) and advances it.
    fn write(&mut self, buf: &[u8]) -> OsResult<usize>;
    /// Moves the offset as `lseek`; `ESPIPE` for streams.
    fn seek(&mut self, offset: i64, whence: i32) -> OsResult<i64>;
    /// Describes the open file.
    fn stat(&self) -> OsResult<Stat>;
    /// Sets the file's length.
    fn truncate(&mut self, length: i64) -> OsResult<()>;
    /// Makes written data durable.
    fn sync(&mut self) -> OsResult<()>;
    /// Whether the handle is a terminal.
    fn isatty(&self) -> bool {
        false
    }
}

/// Lets one file system be shared, for instance by several contexts or by a context and
/// the host code that inspects it.
impl<F: FileSystem + ?Sized> FileSystem for Arc<F> {
    fn open(&self, path: &[u8], flags: i32, mode: u32) -> OsResult<Box<dyn FileHandle>> {
        (**self).open(path, flags, mode)
    }

    fn stat(&self, path: &[u8]) -> OsResult<Stat> {
        (**self).stat(path)
    }

    fn lstat(&self, path: &[u8]) -> OsResult<Stat> {
        (**self).lstat(path)
    }

    fn access(&self, path: &[u8], mode: i32) -> OsResult<()> {
        (**self).access(path, mode)
    }

    fn listdir(&self, path: &[u8]) -> OsResult<Vec<DirEntry>> {
        (**self).listdir(path)
    }

    fn mkdir(&self, path: &[u8], mode: u32) -> OsResult<()> {
        (**self).mkdir(path, mode)
    }

    fn rmdir(&self, path: &[u8]) -> OsResult<()> {
        (**self).rmdir(path)
    }

    fn unlink(&self, path: &[u8]) -> OsResult<()> {
        (**self).unlink(path)
    }

    fn rename(&self, from: &[u8], to: &[u8]) -> OsResult<()> {
        (**self).rename(from, to)
    }

    fn readlink(&self, path: &[u8]) -> OsResult<Vec<u8>> {
        (**self).readlink(path)
    }

    fn symlink(&self, target: &[u8], link: &[u8]) -> OsResult<()> {
        (**self).symlink(target, link)
    }

    fn chmod(&self, path: &[u8], mode: u32, follow_symlinks: bool) -> OsResult<()> {
        (**self).chmod(path, mode, follow_symlinks)
    }

    fn utime(
        &self,
        path: &[u8],
        times_ns: Option<(i128, i128)>,
        follow_symlinks: bool,
    ) -> OsResult<()> {
        (**self).utime(path, times_ns, follow_symlinks)
    }
}

use std::ffi::{CStr, CString};
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

use crate::consts::{O_CREAT, O_DIRECTORY, O_EXCL, O_NOFOLLOW, O_PATH, O_RDONLY};
use crate::errno;
use crate::error::{OsError, OsResult};
use crate::host::{self, ALWAYS_RETRY, check, cstring};
use crate::path;
use crate::stat::{DirEntry, FileType, Stat};
use crate::vfs::{FileHandle, FileSystem};

/// Linux's limit on symlinks followed while resolving one path.
const MAX_SYMLINKS: usize = 40;

/// A directory of the host, seen as the root of a file system.
///
/// Nothing outside the directory can be reached. Paths are resolved here one component
/// at a time, holding a descriptor for each directory passed through, and every lookup
/// refuses to follow symlinks on its own; so:
///
/// - `..` above the root fails with `EACCES`;
/// - a symlink is followed by this code, not the kernel: a relative target continues
///   from the link's directory under the same rule, and an absolute target is accepted
///   only if it names a host path inside the root, which it then continues from;
/// - anything else leaving the root fails with `EACCES`, the `PermissionError` CPython
///   raises for a refusal.
///
/// Symlinks created through this file system are stored as given and judged when
/// followed. The host's umask also applies to files created here.
///
/// ```
/// use terrarium_os::{FileSystem, HostDir, errno};
///
/// let root = std::env::temp_dir();
/// let fs = HostDir::new(&root)?;
/// assert!(fs.stat(b"/")?.st_ino != 0);
/// assert_eq!(fs.stat(b"/../etc").unwrap_err().errno(), errno::EACCES);
/// # Ok::<(), terrarium_os::OsError>(())
/// ```
pub struct HostDir {
    root: OwnedFd,
    /// Canonical host path of the root, to judge absolute symlink targets.
    root_path: Vec<u8>,
}

/// Where a path leads: the directory holding its last component and that component's
/// name (`.` when the path names the directory itself).
struct Place {
    /// Descriptors of the directories passed through below the root; the last one holds
    /// the final component. Keeping them open pins the route against concurrent renames.
    dirs: Vec<OwnedFd>,
    name: CString,
}

impl Place {
    fn dir(&self, root: &OwnedFd) -> RawFd {
        self.dirs.last().unwrap_or(root).as_raw_fd()
    }
}

fn err<T>(code: i32) -> OsResult<T> {
    Err(OsError::new(code))
}

impl HostDir {
    /// A file system rooted at the host directory `root`.
    pub fn new(root: impl AsRef<Path>) -> OsResult<Self> {
        let root = root.as_ref();
        let name = root.as_os_str().as_bytes();
        let canonical =
            std::fs::canonicalize(root).map_err(|io| OsError::from(io).with_filename(name))?;
        let root_path = canonical.as_os_str().as_bytes().to_vec();
        let c_root = cstring(&root_path)?;
        let root = host::openat(
            libc::AT_FDCWD,
            &c_root,
            O_PATH | O_DIRECTORY,
            0,
            ALWAYS_RETRY,
        )
        .map_err(|err| err.with_filename(name))?;
        Ok(Self { root, root_path })
    }

    /// Resolves `path` inside the root; a final symlink is followed only when
    /// `follow_last` is set.
    fn resolve(&self, path: &[u8], follow_last: bool) -> OsResult<Place> {
        path::check(path)?;
        let mut pending: Vec<Vec<u8>> = path::components(path).rev().map(<[u8]>::to_vec).collect();
        let mut dirs: Vec<OwnedFd> = Vec::new();
        let mut links = 0;
        while let Some(component) = pending.pop() {
            let last = pending.is_empty();
            match component.as_slice() {
                b"." => continue,
                b".." => {
                    if dirs.pop().is_none() {
                        return err(errno::EACCES);
                    }
                    continue;
                }
                _ => {}
            }
            let name = cstring(&component)?;
            let dir = dirs.last().unwrap_or(&self.root).as_raw_fd();
            let st = match host::fstatat(dir, &name, libc::AT_SYMLINK_NOFOLLOW) {
                Err(e) if e.errno() == errno::ENOENT && last => return Ok(Place { dirs, name }),
                result => result?,
            };
            match st.file_type() {
                FileType::Symlink if !last || follow_last => {
                    links += 1;
                    if links > MAX_SYMLINKS {
                        return err(errno::ELOOP);
                    }
                    let target = host::readlinkat(dir, &name)?;
                    if target.starts_with(b"/") {
                        let inside = self.inside_root(&target)?;
                        dirs.clear();
                        pending.extend(inside.into_iter().rev());
                    } else {
                        pending.extend(path::components(&target).rev().map(<[u8]>::to_vec));
                    }
                }
                _ if last => return Ok(Place { dirs, name }),
                FileType::Directory => {
                    // O_NOFOLLOW: if the entry became a symlink since the fstatat, this
                    // fails instead of following it.
                    let flags = O_PATH | O_DIRECTORY | O_NOFOLLOW;
                    dirs.push(host::openat(dir, &name, flags, 0, ALWAYS_RETRY)?);
                }
                _ => return err(errno::ENOTDIR),
            }
        }
        Ok(Place {
            dirs,
            name: c".".to_owned(),
        })
    }

    /// The components of an absolute symlink target below the root, or `EACCES` if it
    /// names a host path outside.
    fn inside_root(&self, target: &[u8]) -> OsResult<Vec<Vec<u8>>> {
        let mut target_parts = path::components(target);
        for root_part in path::components(&self.root_path) {
            if target_parts.next() != Some(root_part) {
                return err(errno::EACCES);
            }
        }
        Ok(target_parts.map(<[u8]>::to_vec).collect())
    }

    /// Resolves `path` and runs `call` on the directory descriptor and final name.
    fn at<T>(
        &self,
        path: &[u8],
        follow_last: bool,
        call: impl FnOnce(RawFd, &CStr) -> OsResult<T>,
    ) -> OsResult<T> {
        let place = self.resolve(path, follow_last)?;
        call(place.dir(&self.root), &place.name)
    }
}

impl FileSystem for HostDir {
    fn open(&self, path: &[u8], flags: i32, mode: u32) -> OsResult<Box<dyn FileHandle>> {
        let exclusive = flags & O_CREAT != 0 && flags & O_EXCL != 0;
        let follow = !exclusive && flags & O_NOFOLLOW == 0;
        // The final symlink, if any, was already followed inside the root: O_NOFOLLOW
        // keeps the kernel from following one that appeared since.
        self.at(path, follow, |dir, name| {
            let fd = host::openat(dir, name, flags | O_NOFOLLOW, mode, ALWAYS_RETRY)?;
            Ok(Box::new(HostFile(fd)) as Box<dyn FileHandle>)
        })
    }

    fn stat(&self, path: &[u8]) -> OsResult<Stat> {
        self.at(path, true, |dir, name| {
            host::fstatat(dir, name, libc::AT_SYMLINK_NOFOLLOW)
        })
    }

    fn lstat(&self, path: &[u8]) -> OsResult<Stat> {
        self.at(path, false, |dir, name| {
            host::fstatat(dir, name, libc::AT_SYMLINK_NOFOLLOW)
        })
    }

    fn access(&self, path: &[u8], mode: i32) -> OsResult<()> {
        self.at(path, true, |dir, name| {
            // SAFETY: `name` is NUL-terminated.
            check(unsafe { libc::faccessat(dir, name.as_ptr(), mode, libc::AT_SYMLINK_NOFOLLOW) })
                .map(drop)
        })
    }

    fn listdir(&self, path: &[u8]) -> OsResult<Vec<DirEntry>> {
        self.at(path, true, |dir, name| {
            let flags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW;
            host::read_dir(host::openat(dir, name, flags, 0, ALWAYS_RETRY)?)
        })
    }

    fn mkdir(&self, path: &[u8], mode: u32) -> OsResult<()> {
        self.at(path, false, |dir, name| {
            // SAFETY: `name` is NUL-terminated.
            check(unsafe { libc::mkdirat(dir, name.as_ptr(), mode) }).map(drop)
        })
    }

    fn rmdir(&self, path: &[u8]) -> OsResult<()> {
        self.at(path, false, |dir, name| {
            // SAFETY: `name` is NUL-terminated.
            check(unsafe { libc::unlinkat(dir, name.as_ptr(), libc::AT_REMOVEDIR) }).map(drop)
        })
    }

    fn unlink(&self, path: &[u8]) -> OsResult<()> {
        self.at(path, false, |dir, name| {
            // SAFETY: `name` is NUL-terminated.
            check(unsafe { libc::unlinkat(dir, name.as_ptr(), 0) }).map(drop)
        })
    }

    fn rename(&self, from: &[u8], to: &[u8]) -> OsResult<()> {
        let source = self.resolve(from, false)?;
        let target = self.resolve(to, false)?;
        // SAFETY: both names are NUL-terminated.
        check(unsafe {
            libc::renameat(
                source.dir(&self.root),
                source.name.as_ptr(),
                target.dir(&self.root),
                target.name.as_ptr(),
            )
        })
        .map(drop)
    }

    fn readlink(&self, path: &[u8]) -> OsResult<Vec<u8>> {
        self.at(path, false, host::readlinkat)
    }

    fn symlink(&self, target: &[u8], link: &[u8]) -> OsResult<()> {
        let target = cstring(target)?;
        self.at(link, false, |dir, name| {
            // SAFETY: both strings are NUL-terminated.
            check(unsafe { libc::symlinkat(target.as_ptr(), dir, name.as_ptr()) }).map(drop)
        })
    }

    fn chmod(&self, path: &[u8], mode: u32, follow_symlinks: bool) -> OsResult<()> {
        // AT_SYMLINK_NOFOLLOW even when following: the final symlink was followed inside
        // the root already, and one that appeared since must not be followed out of it.
        self.at(path, follow_symlinks, |dir, name| {
            // SAFETY: `name` is NUL-terminated.
            check(unsafe { libc::fchmodat(dir, name.as_ptr(), mode, libc::AT_SYMLINK_NOFOLLOW) })
                .map(drop)
        })
    }

    fn utime(
        &self,
        path: &[u8],
        times_ns: Option<(i128, i128)>,
        follow_symlinks: bool,
    ) -> OsResult<()> {
        let times = host::timespecs(times_ns)?;
        self.at(path, follow_symlinks, |dir, name| {
            // SAFETY: `name` is NUL-terminated and `times` holds the two entries read.
            check(unsafe {
                libc::utimensat(
                    dir,
                    name.as_ptr(),
                    times.as_ptr(),
                    libc::AT_SYMLINK_NOFOLLOW,
                )
            })
            .map(drop)
        })
    }
}

/// A host file opened through a [`HostDir`]; its descriptor never reaches Python, which
/// sees only the virtual descriptor table's numbers.
struct HostFile(OwnedFd);

impl FileHandle for HostFile {
    fn read(&mut self, buf: &mut [u8]) -> OsResult<usize> {
        host::read(self.0.as_raw_fd(), buf, ALWAYS_RETRY)
    }

    fn write(&mut self, buf: &[u8]) -> OsResult<usize> {
        host::write(self.0.as_raw_fd(), buf, ALWAYS_RETRY)
    }

    fn seek(&mut self, offset: i64, whence: i32) -> OsResult<i64> {
        host::lseek(self.0.as_raw_fd(), offset, whence)
    }

    fn stat(&self) -> OsResult<Stat> {
        host::fstat(self.0.as_raw_fd())
    }

    fn truncate(&mut self, length: i64) -> OsResult<()> {
        host::ftruncate(self.0.as_raw_fd(), length, ALWAYS_RETRY)
    }

    fn sync(&mut self) -> OsResult<()> {
        host::fsync(self.0.as_raw_fd(), ALWAYS_RETRY)
    }

    fn isatty(&self) -> bool {
        host::isatty(self.0.as_raw_fd())
    }
}

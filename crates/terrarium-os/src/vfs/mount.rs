use crate::consts::S_IFDIR;
use crate::errno;
use crate::error::{OsError, OsResult};
use crate::path;
use crate::stat::{DirEntry, FileType, Stat};
use crate::vfs::{FileHandle, FileSystem};
use crate::virtual_posix::{VIRTUAL_GID, VIRTUAL_UID};

/// File systems mounted at virtual paths, composed into one tree.
///
/// A path goes to the mount with the longest prefix of whole components, with the
/// prefix removed; paths under no mount go to the root file system. Directories leading
/// to a mount point exist even if the file system below does not have them, and mount
/// points appear in their parent's listing. Renaming across mounts fails with `EXDEV`.
///
/// Paths are folded lexically (`.`, `..`) before routing, and a symlink's target is
/// resolved within the file system holding the symlink, so symlinks never cross mount
/// points.
///
/// ```
/// use terrarium_os::{DenyAll, FileSystem, MemoryFs, MountTable, ReadOnly, errno};
///
/// let mut fs = MountTable::new(DenyAll);
/// fs.mount("/tmp", MemoryFs::new())?;
/// fs.mount("/usr/lib", ReadOnly::new(MemoryFs::new()))?;
/// fs.mkdir(b"/tmp/work", 0o755)?;
/// assert_eq!(fs.mkdir(b"/usr/lib/x", 0o755).unwrap_err().errno(), errno::EROFS);
/// assert_eq!(fs.stat(b"/etc").unwrap_err().errno(), errno::EACCES);
/// # Ok::<(), terrarium_os::OsError>(())
/// ```
pub struct MountTable {
    root: Box<dyn FileSystem>,
    /// Longest mount point first, so the first match is the right one.
    mounts: Vec<Mount>,
}

struct Mount {
    at: Vec<Vec<u8>>,
    fs: Box<dyn FileSystem>,
}

/// Which file system a path belongs to, and the path inside it.
struct Route<'a> {
    /// Index into `mounts`; `None` for the root file system.
    mount: Option<usize>,
    fs: &'a dyn FileSystem,
    inner: Vec<u8>,
    /// The folded components of the whole path.
    components: Vec<Vec<u8>>,
}

impl MountTable {
    /// A table whose `/` is `root`.
    pub fn new(root: impl FileSystem + 'static) -> Self {
        Self {
            root: Box::new(root),
            mounts: Vec::new(),
        }
    }

    /// Mounts `fs` at the absolute path `at`, replacing any mount already there.
    pub fn mount(&mut self, at: impl AsRef<[u8]>, fs: impl FileSystem + 'static) -> OsResult<()> {
        let at = at.as_ref();
        path::check(at)?;
        if !at.starts_with(b"/") {
            return Err(OsError::new(errno::EINVAL).with_filename(at));
        }
        let at: Vec<Vec<u8>> = path::components(&path::absolute(b"/", at))
            .map(<[u8]>::to_vec)
            .collect();
        self.mounts.retain(|mount| mount.at != at);
        self.mounts.push(Mount {
            at,
            fs: Box::new(fs),
        });
        self.mounts
            .sort_by_key(|mount| std::cmp::Reverse(mount.at.len()));
        Ok(())
    }

    fn route(&self, path: &[u8]) -> OsResult<Route<'_>> {
        path::check(path)?;
        let components: Vec<Vec<u8>> = path::components(&path::absolute(b"/", path))
            .map(<[u8]>::to_vec)
            .collect();
        let found = self
            .mounts
            .iter()
            .position(|mount| components.starts_with(&mount.at));
        let (fs, depth) = match found {
            Some(index) => (&*self.mounts[index].fs, self.mounts[index].at.len()),
            None => (&*self.root, 0),
        };
        Ok(Route {
            mount: found,
            fs,
            inner: path::join(&components[depth..]),
            components,
        })
    }

    /// Mount points strictly below the directory `components`.
    fn below<'a>(&'a self, components: &'a [Vec<u8>]) -> impl Iterator<Item = &'a Mount> {
        self.mounts
            .iter()
            .filter(|mount| mount.at.len() > components.len() && mount.at.starts_with(components))
    }

    fn leads_to_mount(&self, components: &[Vec<u8>]) -> bool {
        self.below(components).next().is_some()
    }

    /// Describes a path, standing in a directory for a missing one on the way to a
    /// mount point.
    fn describe(
        &self,
        path: &[u8],
        call: impl FnOnce(&dyn FileSystem, &[u8]) -> OsResult<Stat>,
    ) -> OsResult<Stat> {
        let route = self.route(path)?;
        match call(route.fs, &route.inner) {
            Err(err) if err.errno() == errno::ENOENT && self.leads_to_mount(&route.components) => {
                Ok(Stat {
                    st_mode: S_IFDIR | 0o555,
                    st_nlink: 2,
                    st_uid: VIRTUAL_UID,
                    st_gid: VIRTUAL_GID,
                    ..Stat::default()
                })
            }
            result => result,
        }
    }
}

impl FileSystem for MountTable {
    fn open(&self, path: &[u8], flags: i32, mode: u32) -> OsResult<Box<dyn FileHandle>> {
        let route = self.route(path)?;
        route.fs.open(&route.inner, flags, mode)
    }

    fn stat(&self, path: &[u8]) -> OsResult<Stat> {
        self.describe(path, |fs, inner| fs.stat(inner))
    }

    fn lstat(&self, path: &[u8]) -> OsResult<Stat> {
        self.describe(path, |fs, inner| fs.lstat(inner))
    }

    fn access(&self, path: &[u8], mode: i32) -> OsResult<()> {
        let route = self.route(path)?;
        route.fs.access(&route.inner, mode)
    }

    fn listdir(&self, path: &[u8]) -> OsResult<Vec<DirEntry>> {
        let route = self.route(path)?;
        let mut entries = match route.fs.listdir(&route.inner) {
            Err(err) if err.errno() == errno::ENOENT && self.leads_to_mount(&route.components) => {
                Vec::new()
            }
            result => result?,
        };
        // Each mount below adds the directory on its way, once.
        for mount in self.below(&route.components) {
            let name = &mount.at[route.components.len()];
            if entries.iter().any(|entry| &entry.name == name) {
                continue;
            }
            let ino = if mount.at.len() == route.components.len() + 1 {
                mount.fs.stat(b"/").map_or(0, |st| st.st_ino)
            } else {
                0
            };
            entries.push(DirEntry {
                name: name.clone(),
                ino,
                file_type: FileType::Directory,
            });
        }
        Ok(entries)
    }

    fn mkdir(&self, path: &[u8], mode: u32) -> OsResult<()> {
        let route = self.route(path)?;
        route.fs.mkdir(&route.inner, mode)
    }

    fn rmdir(&self, path: &[u8]) -> OsResult<()> {
        let route = self.route(path)?;
        route.fs.rmdir(&route.inner)
    }

    fn unlink(&self, path: &[u8]) -> OsResult<()> {
        let route = self.route(path)?;
        route.fs.unlink(&route.inner)
    }

    fn rename(&self, from: &[u8], to: &[u8]) -> OsResult<()> {
        let source = self.route(from)?;
        let target = self.route(to)?;
        if source.mount != target.mount {
            return Err(OsError::new(errno::EXDEV));
        }
        source.fs.rename(&source.inner, &target.inner)
    }

    fn readlink(&self, path: &[u8]) -> OsResult<Vec<u8>> {
        let route = self.route(path)?;
        route.fs.readlink(&route.inner)
    }

    fn symlink(&self, target: &[u8], link: &[u8]) -> OsResult<()> {
        let route = self.route(link)?;
        route.fs.symlink(target, &route.inner)
    }

    fn chmod(&self, path: &[u8], mode: u32, follow_symlinks: bool) -> OsResult<()> {
        let route = self.route(path)?;
        route.fs.chmod(&route.inner, mode, follow_symlinks)
    }

    fn utime(
        &self,
        path: &[u8],
        times_ns: Option<(i128, i128)>,
        follow_symlinks: bool,
    ) -> OsResult<()> {
        let route = self.route(path)?;
        route.fs.utime(&route.inner, times_ns, follow_symlinks)
    }
}

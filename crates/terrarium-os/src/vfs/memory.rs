use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use crate::consts::{
    O_ACCMODE, O_APPEND, O_CREAT, O_DIRECTORY, O_EXCL, O_NOFOLLOW, O_RDONLY, O_TRUNC, O_WRONLY,
    S_IFDIR, S_IFLNK, S_IFMT, S_IFREG, SEEK_CUR, SEEK_END, SEEK_SET,
};
use crate::errno;
use crate::error::{OsError, OsResult};
use crate::host::now_ns;
use crate::path;
use crate::stat::{DirEntry, FileType, Stat};
use crate::sync::lock;
use crate::vfs::{FileHandle, FileSystem};
use crate::virtual_posix::{VIRTUAL_GID, VIRTUAL_UID};

const ROOT: u64 = 1;
/// Linux's limit on symlinks followed while resolving one path.
const MAX_SYMLINKS: usize = 40;
const BLOCK_SIZE: i64 = 4096;

/// Gives each instance its own `st_dev`, so `os.path.samefile` never confuses two of them.
static NEXT_DEVICE: AtomicU64 = AtomicU64::new(1);

/// A file system held in memory: files, directories and symlinks with the errors Linux
/// gives (`ENOENT`, `EEXIST`, `ENOTDIR`, `EISDIR`, `ENOTEMPTY`, `ELOOP`, ...).
///
/// Cloning shares the tree. Permission bits are recorded but not enforced: everything
/// belongs to [`VIRTUAL_UID`], the sandboxed program's own user. A file unlinked while
/// open stays readable through its handles, as on POSIX.
///
/// ```
/// use terrarium_os::{FileSystem, MemoryFs, consts, errno};
///
/// let fs = MemoryFs::new();
/// fs.mkdir(b"/data", 0o755)?;
/// let mut file = fs.open(b"/data/notes", consts::O_WRONLY | consts::O_CREAT, 0o644)?;
/// file.write(b"remember")?;
/// assert_eq!(fs.stat(b"/data/notes")?.st_size, 8);
/// assert_eq!(fs.rmdir(b"/data").unwrap_err().errno(), errno::ENOTEMPTY);
/// # Ok::<(), terrarium_os::OsError>(())
/// ```
#[derive(Clone)]
pub struct MemoryFs {
    tree: Arc<Mutex<Tree>>,
}

impl MemoryFs {
    /// An empty file system with no size limit.
    pub fn new() -> Self {
        Self::with_tree(Tree::new(None))
    }

    /// An empty file system holding at most `bytes` of file content; writes beyond that
    /// fail with `ENOSPC`, so a sandboxed program cannot exhaust the host's memory
    /// through files.
    pub fn with_size_limit(bytes: u64) -> Self {
        Self::with_tree(Tree::new(Some(bytes)))
    }

    fn with_tree(tree: Tree) -> Self {
        Self {
            tree: Arc::new(Mutex::new(tree)),
        }
    }
}

impl Default for MemoryFs {
    fn default() -> Self {
        Self::new()
    }
}

struct Tree {
    nodes: HashMap<u64, Node>,
    next_ino: u64,
    device: u64,
    /// Bytes of file content, counted against `limit`.
    used: u64,
    limit: Option<u64>,
}

struct Node {
    /// Type and permission bits.
    mode: u32,
    nlink: u64,
    atime_ns: i128,
    mtime_ns: i128,
    ctime_ns: i128,
    /// Open handles, which keep an unlinked node alive.
    open: usize,
    content: Content,
}

enum Content {
    File(Vec<u8>),
    Dir {
        entries: BTreeMap<Vec<u8>, u64>,
        parent: u64,
    },
    Symlink(Vec<u8>),
}

/// Where a path leads.
struct Place {
    /// The directory holding the last component.
    dir: u64,
    /// The last component; `None` when the path names `dir` itself (`/`, `.`, `..`).
    name: Option<Vec<u8>>,
    /// The node the path names, if it exists.
    node: Option<u64>,
}

fn err<T>(code: i32) -> OsResult<T> {
    Err(OsError::new(code))
}

impl Tree {
    fn new(limit: Option<u64>) -> Self {
        let now = now_ns();
        let root = Node {
            mode: S_IFDIR | 0o755,
            nlink: 2,
            atime_ns: now,
            mtime_ns: now,
            ctime_ns: now,
            open: 0,
            content: Content::Dir {
                entries: BTreeMap::new(),
                parent: ROOT,
            },
        };
        Self {
            nodes: HashMap::from([(ROOT, root)]),
            next_ino: ROOT + 1,
            device: NEXT_DEVICE.fetch_add(1, Ordering::Relaxed),
            used: 0,
            limit,
        }
    }

    fn node(&self, ino: u64) -> &Node {
        &self.nodes[&ino]
    }

    fn node_mut(&mut self, ino: u64) -> &mut Node {
        self.nodes
            .get_mut(&ino)
            .expect("directory entries and handles only name live nodes")
    }

    fn file_type(&self, ino: u64) -> FileType {
        FileType::from_mode(self.node(ino).mode)
    }

    fn entries(&self, dir: u64) -> Option<&BTreeMap<Vec<u8>, u64>> {
        match &self.node(dir).content {
            Content::Dir { entries, .. } => Some(entries),
            _ => None,
        }
    }

    fn data(&self, ino: u64) -> OsResult<&Vec<u8>> {
        match &self.node(ino).content {
            Content::File(data) => Ok(data),
            _ => err(errno::EISDIR),
        }
    }

    fn data_mut(&mut self, ino: u64) -> OsResult<&mut Vec<u8>> {
        match &mut self.node_mut(ino).content {
            Content::File(data) => Ok(data),
            _ => err(errno::EISDIR),
        }
    }

    /// Resolves `path` component by component; a final symlink is followed only when
    /// `follow_last` is set.
    fn resolve(&self, path: &[u8], follow_last: bool) -> OsResult<Place> {
        path::check(path)?;
        let mut pending: Vec<Vec<u8>> = path::components(path).rev().map(<[u8]>::to_vec).collect();
        let mut dir = ROOT;
        let mut links = 0;
        while let Some(name) = pending.pop() {
            let last = pending.is_empty();
            match name.as_slice() {
                b"." => continue,
                b".." => {
                    if let Content::Dir { parent, .. } = self.node(dir).content {
                        dir = parent;
                    }
                    continue;
                }
                _ => {}
            }
            let Some(&child) = self.entries(dir).and_then(|entries| entries.get(&name)) else {
                if last {
                    return Ok(Place {
                        dir,
                        name: Some(name),
                        node: None,
                    });
                }
                return err(errno::ENOENT);
            };
            match &self.node(child).content {
                Content::Symlink(target) if !last || follow_last => {
                    links += 1;
                    if links > MAX_SYMLINKS {
                        return err(errno::ELOOP);
                    }
                    if target.starts_with(b"/") {
                        dir = ROOT;
                    }
                    pending.extend(path::components(target).rev().map(<[u8]>::to_vec));
                }
                Content::Dir { .. } if !last => dir = child,
                _ if last => {
                    return Ok(Place {
                        dir,
                        name: Some(name),
                        node: Some(child),
                    });
                }
                _ => return err(errno::ENOTDIR),
            }
        }
        Ok(Place {
            dir,
            name: None,
            node: Some(dir),
        })
    }

    /// Makes a node and links it into `dir`.
    fn create(&mut self, dir: u64, name: Vec<u8>, mode: u32, content: Content) -> u64 {
        let ino = self.next_ino;
        self.next_ino += 1;
        let now = now_ns();
        let nlink = if matches!(content, Content::Dir { .. }) {
            2
        } else {
            0
        };
        self.nodes.insert(
            ino,
            Node {
                mode,
                nlink,
                atime_ns: now,
                mtime_ns: now,
                ctime_ns: now,
                open: 0,
                content,
            },
        );
        self.attach(dir, name, ino);
        ino
    }

    /// Links `ino` into `dir`, keeping link counts as POSIX does: a directory's count is
    /// 2 plus its subdirectories, a file's is its number of names.
    fn attach(&mut self, dir: u64, name: Vec<u8>, ino: u64) {
        let now = now_ns();
        let node = self.node_mut(ino);
        node.ctime_ns = now;
        let is_dir = match &mut node.content {
            Content::Dir { parent, .. } => {
                *parent = dir;
                true
            }
            _ => {
                node.nlink += 1;
                false
            }
        };
        let parent = self.node_mut(dir);
        if is_dir {
            parent.nlink += 1;
        }
        if let Content::Dir { entries, .. } = &mut parent.content {
            entries.insert(name, ino);
        }
        parent.mtime_ns = now;
        parent.ctime_ns = now;
    }

    /// Unlinks `name` from `dir` and returns the node it named.
    fn detach(&mut self, dir: u64, name: &[u8]) -> u64 {
        let now = now_ns();
        let parent = self.node_mut(dir);
        let ino = match &mut parent.content {
            Content::Dir { entries, .. } => entries.remove(name),
            _ => None,
        }
        .expect("callers detach only names they resolved");
        parent.mtime_ns = now;
        parent.ctime_ns = now;
        let node = self.node_mut(ino);
        node.ctime_ns = now;
        if matches!(node.content, Content::Dir { .. }) {
            self.node_mut(dir).nlink -= 1;
        } else {
            self.node_mut(ino).nlink -= 1;
        }
        ino
    }

    /// Unlinks `name` from `dir` for good, freeing the node once no handle has it open.
    fn destroy(&mut self, dir: u64, name: &[u8]) {
        let ino = self.detach(dir, name);
        let node = self.node_mut(ino);
        if matches!(node.content, Content::Dir { .. }) {
            node.nlink = 0;
        }
        self.release(ino);
    }

    fn release(&mut self, ino: u64) {
        let node = self.node(ino);
        if node.nlink == 0
            && node.open == 0
            && let Some(Node {
                content: Content::File(data),
                ..
            }) = self.nodes.remove(&ino)
        {
            self.used -= data.len() as u64;
        }
    }

    /// Whether `dir` is `ancestor` or lies below it.
    fn is_within(&self, mut dir: u64, ancestor: u64) -> bool {
        loop {
            if dir == ancestor {
                return true;
            }
            match self.node(dir).content {
                Content::Dir { parent, .. } if dir != ROOT => dir = parent,
                _ => return false,
            }
        }
    }

    fn resize(&mut self, ino: u64, length: u64) -> OsResult<()> {
        let old = self.data(ino)?.len() as u64;
        let used = self.used - old + length;
        if length > old && self.limit.is_some_and(|limit| used > limit) {
            return err(errno::ENOSPC);
        }
        let length = usize::try_from(length).map_err(|_| OsError::new(errno::EFBIG))?;
        self.data_mut(ino)?.resize(length, 0);
        self.used = used;
        Ok(())
    }

    fn modified(&mut self, ino: u64) {
        let now = now_ns();
        let node = self.node_mut(ino);
        node.mtime_ns = now;
        node.ctime_ns = now;
    }

    fn stat(&self, ino: u64) -> Stat {
        let node = self.node(ino);
        let size = match &node.content {
            Content::File(data) => i64::try_from(data.len()).unwrap_or(i64::MAX),
            Content::Symlink(target) => i64::try_from(target.len()).unwrap_or(i64::MAX),
            Content::Dir { .. } => BLOCK_SIZE,
        };
        Stat {
            st_mode: node.mode,
            st_ino: ino,
            st_dev: self.device,
            st_nlink: node.nlink,
            st_uid: VIRTUAL_UID,
            st_gid: VIRTUAL_GID,
            st_size: size,
            st_atime_ns: node.atime_ns,
            st_mtime_ns: node.mtime_ns,
            st_ctime_ns: node.ctime_ns,
            st_blksize: BLOCK_SIZE,
            st_blocks: (size + 511) / 512,
            st_rdev: 0,
        }
    }
}

impl FileSystem for MemoryFs {
    fn open(&self, path: &[u8], flags: i32, mode: u32) -> OsResult<Box<dyn FileHandle>> {
        let creates = flags & O_CREAT != 0;
        let exclusive = creates && flags & O_EXCL != 0;
        let access = flags & O_ACCMODE;
        let writable = access != O_RDONLY;
        let mut tree = lock(&self.tree);
        let place = tree.resolve(path, !exclusive && flags & O_NOFOLLOW == 0)?;
        let ino = match (place.node, place.name) {
            (Some(_), _) if exclusive => return err(errno::EEXIST),
            (Some(ino), _) => {
                match tree.file_type(ino) {
                    FileType::Symlink => return err(errno::ELOOP),
                    FileType::Directory if writable || creates || flags & O_TRUNC != 0 => {
                        return err(errno::EISDIR);
                    }
                    FileType::Directory => {}
                    _ if flags & O_DIRECTORY != 0 => return err(errno::ENOTDIR),
                    _ if writable && flags & O_TRUNC != 0 => {
                        tree.resize(ino, 0)?;
                        tree.modified(ino);
                    }
                    _ => {}
                }
                ino
            }
            (None, Some(name)) if creates => {
                if flags & O_DIRECTORY != 0 {
                    return err(errno::EINVAL);
                }
                let mode = S_IFREG | (mode & 0o7777);
                tree.create(place.dir, name, mode, Content::File(Vec::new()))
            }
            (None, _) => return err(errno::ENOENT),
        };
        tree.node_mut(ino).open += 1;
        Ok(Box::new(MemHandle {
            tree: Arc::clone(&self.tree),
            ino,
            offset: 0,
            readable: access != O_WRONLY,
            writable,
            append: flags & O_APPEND != 0,
        }))
    }

    fn stat(&self, path: &[u8]) -> OsResult<Stat> {
        let tree = lock(&self.tree);
        let ino = tree
            .resolve(path, true)?
            .node
            .ok_or(OsError::new(errno::ENOENT))?;
        Ok(tree.stat(ino))
    }

    fn lstat(&self, path: &[u8]) -> OsResult<Stat> {
        let tree = lock(&self.tree);
        let ino = tree
            .resolve(path, false)?
            .node
            .ok_or(OsError::new(errno::ENOENT))?;
        Ok(tree.stat(ino))
    }

    fn listdir(&self, path: &[u8]) -> OsResult<Vec<DirEntry>> {
        let tree = lock(&self.tree);
        let ino = tree
            .resolve(path, true)?
            .node
            .ok_or(OsError::new(errno::ENOENT))?;
        let entries = tree.entries(ino).ok_or(OsError::new(errno::ENOTDIR))?;
        Ok(entries
            .iter()
            .map(|(name, &child)| DirEntry {
                name: name.clone(),
                ino: child,
                file_type: tree.file_type(child),
            })
            .collect())
    }

    fn mkdir(&self, path: &[u8], mode: u32) -> OsResult<()> {
        let mut tree = lock(&self.tree);
        let place = tree.resolve(path, false)?;
        let (None, Some(name)) = (place.node, place.name) else {
            return err(errno::EEXIST);
        };
        let content = Content::Dir {
            entries: BTreeMap::new(),
            parent: place.dir,
        };
        tree.create(place.dir, name, S_IFDIR | (mode & 0o7777), content);
        Ok(())
    }

    fn rmdir(&self, path: &[u8]) -> OsResult<()> {
        let mut tree = lock(&self.tree);
        let place = tree.resolve(path, false)?;
        let (Some(ino), Some(name)) = (place.node, place.name) else {
            // Linux refuses the root as busy and a path ending in `.` as invalid.
            return err(match place.node {
                None => errno::ENOENT,
                Some(ROOT) => errno::EBUSY,
                Some(_) => errno::EINVAL,
            });
        };
        match tree.entries(ino) {
            None => return err(errno::ENOTDIR),
            Some(entries) if !entries.is_empty() => return err(errno::ENOTEMPTY),
            Some(_) => {}
        }
        tree.destroy(place.dir, &name);
        Ok(())
    }

    fn unlink(&self, path: &[u8]) -> OsResult<()> {
        let mut tree = lock(&self.tree);
        let place = tree.resolve(path, false)?;
        let (Some(ino), Some(name)) = (place.node, place.name) else {
            return err(match place.node {
                None => errno::ENOENT,
                Some(_) => errno::EISDIR,
            });
        };
        if tree.file_type(ino) == FileType::Directory {
            return err(errno::EISDIR);
        }
        tree.destroy(place.dir, &name);
        Ok(())
    }

    fn rename(&self, from: &[u8], to: &[u8]) -> OsResult<()> {
        let mut tree = lock(&self.tree);
        let source = tree.resolve(from, false)?;
        let target = tree.resolve(to, false)?;
        let (Some(ino), Some(source_name)) = (source.node, source.name) else {
            return err(if source.node.is_none() {
                errno::ENOENT
            } else {
                errno::EBUSY
            });
        };
        let Some(target_name) = target.name else {
            return err(errno::EBUSY);
        };
        if target.node == Some(ino) {
            return Ok(());
        }
        let is_dir = tree.file_type(ino) == FileType::Directory;
        if is_dir && tree.is_within(target.dir, ino) {
            return err(errno::EINVAL);
        }
        if let Some(replaced) = target.node {
            match (is_dir, tree.entries(replaced)) {
                (true, None) => return err(errno::ENOTDIR),
                (false, Some(_)) => return err(errno::EISDIR),
                (true, Some(entries)) if !entries.is_empty() => return err(errno::ENOTEMPTY),
                _ => {}
            }
            tree.destroy(target.dir, &target_name);
        }
        let ino = tree.detach(source.dir, &source_name);
        tree.attach(target.dir, target_name, ino);
        Ok(())
    }

    fn readlink(&self, path: &[u8]) -> OsResult<Vec<u8>> {
        let tree = lock(&self.tree);
        let ino = tree
            .resolve(path, false)?
            .node
            .ok_or(OsError::new(errno::ENOENT))?;
        match &tree.node(ino).content {
            Content::Symlink(target) => Ok(target.clone()),
            _ => err(errno::EINVAL),
        }
    }

    fn symlink(&self, target: &[u8], link: &[u8]) -> OsResult<()> {
        path::check(target)?;
        let mut tree = lock(&self.tree);
        let place = tree.resolve(link, false)?;
        let (None, Some(name)) = (place.node, place.name) else {
            return err(errno::EEXIST);
        };
        let content = Content::Symlink(target.to_vec());
        tree.create(place.dir, name, S_IFLNK | 0o777, content);
        Ok(())
    }

    fn chmod(&self, path: &[u8], mode: u32, follow_symlinks: bool) -> OsResult<()> {
        let mut tree = lock(&self.tree);
        let ino = tree
            .resolve(path, follow_symlinks)?
            .node
            .ok_or(OsError::new(errno::ENOENT))?;
        // Linux cannot change a symlink's own permissions.
        if tree.file_type(ino) == FileType::Symlink {
            return err(errno::EOPNOTSUPP);
        }
        let now = now_ns();
        let node = tree.node_mut(ino);
        node.mode = (node.mode & S_IFMT) | (mode & 0o7777);
        node.ctime_ns = now;
        Ok(())
    }

    fn utime(
        &self,
        path: &[u8],
        times_ns: Option<(i128, i128)>,
        follow_symlinks: bool,
    ) -> OsResult<()> {
        let mut tree = lock(&self.tree);
        let ino = tree
            .resolve(path, follow_symlinks)?
            .node
            .ok_or(OsError::new(errno::ENOENT))?;
        let now = now_ns();
        let (atime_ns, mtime_ns) = times_ns.unwrap_or((now, now));
        let node = tree.node_mut(ino);
        node.atime_ns = atime_ns;
        node.mtime_ns = mtime_ns;
        node.ctime_ns = now;
        Ok(())
    }
}

/// An open file or directory of a [`MemoryFs`].
struct MemHandle {
    tree: Arc<Mutex<Tree>>,
    ino: u64,
    offset: u64,
    readable: bool,
    writable: bool,
    append: bool,
}

impl FileHandle for MemHandle {
    fn read(&mut self, buf: &mut [u8]) -> OsResult<usize> {
        if !self.readable {
            return err(errno::EBADF);
        }
        let tree = lock(&self.tree);
        let data = tree.data(self.ino)?;
        let start = usize::try_from(self.offset)
            .unwrap_or(usize::MAX)
            .min(data.len());
        let n = buf.len().min(data.len() - start);
        buf[..n].copy_from_slice(&data[start..start + n]);
        self.offset += n as u64;
        Ok(n)
    }

    fn write(&mut self, buf: &[u8]) -> OsResult<usize> {
        if !self.writable {
            return err(errno::EBADF);
        }
        let mut tree = lock(&self.tree);
        let length = tree.data(self.ino)?.len() as u64;
        let start = if self.append { length } else { self.offset };
        let end = start
            .checked_add(buf.len() as u64)
            .ok_or(OsError::new(errno::EFBIG))?;
        if end > length {
            tree.resize(self.ino, end)?;
        }
        let data = tree.data_mut(self.ino)?;
        // Both bounds fit in usize: resize succeeded for `end`, and `start <= end`.
        data[start as usize..end as usize].copy_from_slice(buf);
        tree.modified(self.ino);
        self.offset = end;
        Ok(buf.len())
    }

    fn seek(&mut self, offset: i64, whence: i32) -> OsResult<i64> {
        let base = match whence {
            SEEK_SET => 0,
            SEEK_CUR => i128::from(self.offset),
            SEEK_END => i128::from(lock(&self.tree).stat(self.ino).st_size),
            _ => return err(errno::EINVAL),
        };
        let position = base + i128::from(offset);
        if position < 0 {
            return err(errno::EINVAL);
        }
        let position = i64::try_from(position).map_err(|_| OsError::new(errno::EOVERFLOW))?;
        self.offset = position.unsigned_abs();
        Ok(position)
    }

    fn stat(&self) -> OsResult<Stat> {
        Ok(lock(&self.tree).stat(self.ino))
    }

    fn truncate(&mut self, length: i64) -> OsResult<()> {
        let length = u64::try_from(length).map_err(|_| OsError::new(errno::EINVAL))?;
        if !self.writable {
            return err(errno::EINVAL);
        }
        let mut tree = lock(&self.tree);
        tree.resize(self.ino, length)?;
        tree.modified(self.ino);
        Ok(())
    }

    fn sync(&mut self) -> OsResult<()> {
        Ok(())
    }
}

impl Drop for MemHandle {
    fn drop(&mut self) {
        let mut tree = lock(&self.tree);
        tree.node_mut(self.ino).open -= 1;
        tree.release(self.ino);
    }
}

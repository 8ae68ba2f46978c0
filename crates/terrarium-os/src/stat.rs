use crate::consts::{S_IFBLK, S_IFCHR, S_IFDIR, S_IFIFO, S_IFLNK, S_IFMT, S_IFREG, S_IFSOCK};

/// What `stat`, `lstat` and `fstat` report: the fields of CPython's `os.stat_result`.
///
/// Timestamps are whole nanoseconds since the epoch (`st_atime_ns` and friends); the VM
/// derives the float `st_atime` from them as CPython does. They are `i128` because a
/// `time_t` of seconds times 10⁹ does not always fit in 64 bits.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stat {
    /// File type and permission bits.
    pub st_mode: u32,
    /// Inode number.
    pub st_ino: u64,
    /// Device holding the file.
    pub st_dev: u64,
    /// Number of hard links.
    pub st_nlink: u64,
    /// Owner's user id.
    pub st_uid: u32,
    /// Owner's group id.
    pub st_gid: u32,
    /// Size in bytes (for a symlink, the length of its target).
    pub st_size: i64,
    /// Last access, in nanoseconds since the epoch.
    pub st_atime_ns: i128,
    /// Last content modification, in nanoseconds since the epoch.
    pub st_mtime_ns: i128,
    /// Last status change, in nanoseconds since the epoch.
    pub st_ctime_ns: i128,
    /// Preferred I/O block size.
    pub st_blksize: i64,
    /// Number of 512-byte blocks allocated.
    pub st_blocks: i64,
    /// Device number, for device files.
    pub st_rdev: u64,
}

impl Stat {
    /// The file's type, from `st_mode`.
    pub fn file_type(&self) -> FileType {
        FileType::from_mode(self.st_mode)
    }
}

/// The type of a file, as encoded in `st_mode` or a directory entry's `d_type`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FileType {
    /// A regular file.
    Regular,
    /// A directory.
    Directory,
    /// A symbolic link.
    Symlink,
    /// A FIFO (pipe).
    Fifo,
    /// A socket.
    Socket,
    /// A character device.
    CharDevice,
    /// A block device.
    BlockDevice,
    /// Not known without a `stat` (a directory entry whose `d_type` was not filled in).
    Unknown,
}

impl FileType {
    /// The type encoded in the `S_IFMT` bits of `mode`.
    pub fn from_mode(mode: u32) -> Self {
        match mode & S_IFMT {
            S_IFREG => Self::Regular,
            S_IFDIR => Self::Directory,
            S_IFLNK => Self::Symlink,
            S_IFIFO => Self::Fifo,
            S_IFSOCK => Self::Socket,
            S_IFCHR => Self::CharDevice,
            S_IFBLK => Self::BlockDevice,
            _ => Self::Unknown,
        }
    }

    /// The `S_IFMT` bits for this type (0 for [`FileType::Unknown`]).
    pub fn mode_bits(self) -> u32 {
        match self {
            Self::Regular => S_IFREG,
            Self::Directory => S_IFDIR,
            Self::Symlink => S_IFLNK,
            Self::Fifo => S_IFIFO,
            Self::Socket => S_IFSOCK,
            Self::CharDevice => S_IFCHR,
            Self::BlockDevice => S_IFBLK,
            Self::Unknown => 0,
        }
    }
}

/// One entry of a directory listing, as `os.scandir` needs it.
///
/// `file_type` comes from the directory itself when that is free (`d_type`) and is
/// [`FileType::Unknown`] otherwise, so `DirEntry.is_dir()` knows when it must `stat`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DirEntry {
    /// The entry's name (never `.` or `..`).
    pub name: Vec<u8>,
    /// Inode number.
    pub ino: u64,
    /// The entry's type, if the directory reported it.
    pub file_type: FileType,
}

//! Flag and mode values with the host's numbering (Linux's on Linux).
//!
//! Both backends read flags with these values, so `os.O_CREAT` means the same thing
//! whichever backend runs the program, and a native backend can pass them to the kernel
//! untranslated.

/// Open for reading only.
pub const O_RDONLY: i32 = libc::O_RDONLY;
/// Open for writing only.
pub const O_WRONLY: i32 = libc::O_WRONLY;
/// Open for reading and writing.
pub const O_RDWR: i32 = libc::O_RDWR;
/// Mask selecting the access mode (`O_RDONLY`, `O_WRONLY` or `O_RDWR`).
pub const O_ACCMODE: i32 = libc::O_ACCMODE;
/// Create the file if it does not exist.
pub const O_CREAT: i32 = libc::O_CREAT;
/// With `O_CREAT`, fail with `EEXIST` if the path exists (symlinks included).
pub const O_EXCL: i32 = libc::O_EXCL;
/// Do not make a terminal the controlling terminal.
pub const O_NOCTTY: i32 = libc::O_NOCTTY;
/// Truncate a regular file opened for writing.
pub const O_TRUNC: i32 = libc::O_TRUNC;
/// Every write goes to the end of the file.
pub const O_APPEND: i32 = libc::O_APPEND;
/// Non-blocking I/O.
pub const O_NONBLOCK: i32 = libc::O_NONBLOCK;
/// Old name of `O_NONBLOCK`.
pub const O_NDELAY: i32 = libc::O_NDELAY;
/// Writes complete once data (not all metadata) reaches the device.
pub const O_DSYNC: i32 = libc::O_DSYNC;
/// Writes complete once data and metadata reach the device.
pub const O_SYNC: i32 = libc::O_SYNC;
/// Reads are synchronized like writes.
pub const O_RSYNC: i32 = libc::O_RSYNC;
/// Fail with `ENOTDIR` unless the path is a directory.
pub const O_DIRECTORY: i32 = libc::O_DIRECTORY;
/// Fail with `ELOOP` if the last component is a symlink.
pub const O_NOFOLLOW: i32 = libc::O_NOFOLLOW;
/// Close the descriptor when a new program is executed.
pub const O_CLOEXEC: i32 = libc::O_CLOEXEC;
/// Signal-driven I/O.
pub const O_ASYNC: i32 = libc::O_ASYNC;
/// Bypass the page cache.
pub const O_DIRECT: i32 = libc::O_DIRECT;
/// Allow files larger than 2 GiB on 32-bit hosts.
pub const O_LARGEFILE: i32 = libc::O_LARGEFILE;
/// Do not update the access time.
pub const O_NOATIME: i32 = libc::O_NOATIME;
/// A descriptor usable only to name the file, not to read or write it.
pub const O_PATH: i32 = libc::O_PATH;
/// Create an unnamed temporary file in the given directory.
pub const O_TMPFILE: i32 = libc::O_TMPFILE;

/// Mask selecting the file type bits of `st_mode`.
pub const S_IFMT: u32 = libc::S_IFMT;
/// Socket.
pub const S_IFSOCK: u32 = libc::S_IFSOCK;
/// Symbolic link.
pub const S_IFLNK: u32 = libc::S_IFLNK;
/// Regular file.
pub const S_IFREG: u32 = libc::S_IFREG;
/// Block device.
pub const S_IFBLK: u32 = libc::S_IFBLK;
/// Directory.
pub const S_IFDIR: u32 = libc::S_IFDIR;
/// Character device.
pub const S_IFCHR: u32 = libc::S_IFCHR;
/// FIFO (named or anonymous pipe).
pub const S_IFIFO: u32 = libc::S_IFIFO;
/// Set-user-id bit.
pub const S_ISUID: u32 = libc::S_ISUID;
/// Set-group-id bit.
pub const S_ISGID: u32 = libc::S_ISGID;
/// Sticky bit.
pub const S_ISVTX: u32 = libc::S_ISVTX;

/// `access`: the path exists.
pub const F_OK: i32 = libc::F_OK;
/// `access`: the path is readable.
pub const R_OK: i32 = libc::R_OK;
/// `access`: the path is writable.
pub const W_OK: i32 = libc::W_OK;
/// `access`: the path is executable (searchable for a directory).
pub const X_OK: i32 = libc::X_OK;

/// `lseek` from the start of the file.
pub const SEEK_SET: i32 = libc::SEEK_SET;
/// `lseek` from the current position.
pub const SEEK_CUR: i32 = libc::SEEK_CUR;
/// `lseek` from the end of the file.
pub const SEEK_END: i32 = libc::SEEK_END;

/// `waitpid`: return at once if no child has changed state.
pub const WNOHANG: i32 = libc::WNOHANG;
/// `waitpid`: also report stopped children.
pub const WUNTRACED: i32 = libc::WUNTRACED;
/// `waitpid`: also report children resumed by `SIGCONT`.
pub const WCONTINUED: i32 = libc::WCONTINUED;

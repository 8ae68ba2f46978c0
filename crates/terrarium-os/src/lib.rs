//! Terrarium's operating-system layer.
//!
//! The VM's native modules (`posix`, `_io`, `time`, and later `select`, `_socket`,
//! `_thread`, `signal`, `_posixsubprocess`) reach the operating system only through this
//! crate, so the same module code runs on either backend and every permission is decided
//! in one place. Nothing here knows about Python objects.
//!
//! - [`Posix`] is what the VM calls: integer file descriptors, byte-string paths, and
//!   failures as errno values ([`OsError`]) that the VM turns into the exception CPython
//!   would raise.
//! - [`NativePosix`] makes the system calls directly, as CPython does. The launcher uses it.
//! - [`VirtualPosix`] keeps descriptors, working directory, umask and environment per
//!   context, sends every file operation to a [`FileSystem`] chosen by the embedder, and
//!   refuses processes. Embedded contexts use it.
//! - File systems for the virtual backend: [`DenyAll`], [`MemoryFs`], [`HostDir`],
//!   [`ReadOnly`] and [`MountTable`], which composes the others.
//!
//! Paths are bytes, as the kernel sees them: the VM encodes `str` paths with the file
//! system encoding before calling in. Linux is the supported host; numeric constants
//! ([`consts`], [`errno`], [`signal`]) carry the host's values.
//!
//! ```
//! use std::sync::Arc;
//! use terrarium_os::{MemoryFs, Posix, VirtualPosix, consts};
//!
//! let posix: Arc<dyn Posix> = Arc::new(VirtualPosix::new(MemoryFs::new()));
//! let fd = posix.open(b"greeting.txt", consts::O_WRONLY | consts::O_CREAT, 0o666)?;
//! posix.write(fd, b"hello")?;
//! posix.close(fd)?;
//! assert_eq!(posix.stat(b"/greeting.txt")?.st_size, 5);
//! # Ok::<(), terrarium_os::OsError>(())
//! ```

pub mod consts;
pub mod errno;
mod error;
mod host;
mod native;
mod path;
mod posix;
mod process;
pub mod signal;
mod stat;
mod sync;
mod vfs;
mod virtual_posix;

pub use error::{OsError, OsResult, strerror};
pub use host::largest_grantable_request;
pub use native::NativePosix;
pub use posix::{Clock, Posix, TerminalSize, Uname};
pub use process::{Spawn, WaitStatus};
pub use stat::{DirEntry, FileType, Stat};
pub use vfs::{DenyAll, FileHandle, FileSystem, HostDir, MemoryFs, MountTable, ReadOnly};
pub use virtual_posix::{
    VIRTUAL_GID, VIRTUAL_PID, VIRTUAL_PPID, VIRTUAL_UID, VirtualPosix, VirtualPosixBuilder,
};

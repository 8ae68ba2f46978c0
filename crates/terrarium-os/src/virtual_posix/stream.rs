use std::io::{self, Read, Write};

use crate::consts::S_IFIFO;
use crate::errno;
use crate::error::{OsError, OsResult};
use crate::stat::Stat;
use crate::vfs::FileHandle;
use crate::virtual_posix::{VIRTUAL_GID, VIRTUAL_UID};

/// How a host stream looks to `fstat`: a pipe, which tells `io.open` it is neither a
/// directory nor seekable, and gives the buffer size a Linux pipe would.
pub(super) fn stream_stat() -> Stat {
    Stat {
        st_mode: S_IFIFO | 0o600,
        st_nlink: 1,
        st_uid: VIRTUAL_UID,
        st_gid: VIRTUAL_GID,
        st_blksize: 4096,
        ..Stat::default()
    }
}

fn retry_interrupted<T>(mut call: impl FnMut() -> io::Result<T>) -> OsResult<T> {
    loop {
        match call() {
            Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
            result => return result.map_err(OsError::from),
        }
    }
}

/// The embedder's standard input, as descriptor 0 sees it.
pub(super) struct Input(pub(super) Box<dyn Read + Send>);

impl FileHandle for Input {
    fn read(&mut self, buf: &mut [u8]) -> OsResult<usize> {
        retry_interrupted(|| self.0.read(buf))
    }

    fn write(&mut self, _buf: &[u8]) -> OsResult<usize> {
        Err(OsError::new(errno::EBADF))
    }

    fn seek(&mut self, _offset: i64, _whence: i32) -> OsResult<i64> {
        Err(OsError::new(errno::ESPIPE))
    }

    fn stat(&self) -> OsResult<Stat> {
        Ok(stream_stat())
    }

    fn truncate(&mut self, _length: i64) -> OsResult<()> {
        Err(OsError::new(errno::EINVAL))
    }

    fn sync(&mut self) -> OsResult<()> {
        Err(OsError::new(errno::EINVAL))
    }
}

/// The embedder's standard output or error, as descriptors 1 and 2 see them.
pub(super) struct Output(pub(super) Box<dyn Write + Send>);

impl FileHandle for Output {
    fn read(&mut self, _buf: &mut [u8]) -> OsResult<usize> {
        Err(OsError::new(errno::EBADF))
    }

    /// Flushes every write: Python buffers above this layer, and a descriptor write is
    /// expected to reach its destination before it returns.
    fn write(&mut self, buf: &[u8]) -> OsResult<usize> {
        let written = retry_interrupted(|| self.0.write(buf))?;
        retry_interrupted(|| self.0.flush())?;
        Ok(written)
    }

    fn seek(&mut self, _offset: i64, _whence: i32) -> OsResult<i64> {
        Err(OsError::new(errno::ESPIPE))
    }

    fn stat(&self) -> OsResult<Stat> {
        Ok(stream_stat())
    }

    fn truncate(&mut self, _length: i64) -> OsResult<()> {
        Err(OsError::new(errno::EINVAL))
    }

    fn sync(&mut self) -> OsResult<()> {
        retry_interrupted(|| self.0.flush())
    }
}

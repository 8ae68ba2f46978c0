use std::collections::VecDeque;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};

use crate::errno;
use crate::error::{OsError, OsResult};
use crate::stat::Stat;
use crate::sync::lock;
use crate::vfs::FileHandle;
use crate::virtual_posix::stream::stream_stat;

/// Linux's default pipe capacity: a writer blocks once this much is unread.
const CAPACITY: usize = 64 * 1024;

/// An in-memory pipe between threads of one context.
///
/// Like a kernel pipe, reads block while it is empty and a writer is open, writes block
/// while it is full and a reader is open, reading after the last writer closed gives end
/// of file, and writing after the last reader closed fails with `EPIPE`.
struct Pipe {
    state: Mutex<State>,
    changed: Condvar,
}

struct State {
    buffer: VecDeque<u8>,
    reader_open: bool,
    writer_open: bool,
}

impl Pipe {
    fn wait<'a>(&self, guard: MutexGuard<'a, State>) -> MutexGuard<'a, State> {
        self.changed
            .wait(guard)
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// A connected `(read end, write end)` pair.
pub(super) fn pipe() -> (Box<dyn FileHandle>, Box<dyn FileHandle>) {
    let pipe = Arc::new(Pipe {
        state: Mutex::new(State {
            buffer: VecDeque::new(),
            reader_open: true,
            writer_open: true,
        }),
        changed: Condvar::new(),
    });
    (
        Box::new(ReadEnd(Arc::clone(&pipe))),
        Box::new(WriteEnd(pipe)),
    )
}

struct ReadEnd(Arc<Pipe>);

struct WriteEnd(Arc<Pipe>);

impl FileHandle for ReadEnd {
    fn read(&mut self, buf: &mut [u8]) -> OsResult<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        let mut state = lock(&self.0.state);
        while state.buffer.is_empty() && state.writer_open {
            state = self.0.wait(state);
        }
        let n = buf.len().min(state.buffer.len());
        for (slot, byte) in buf.iter_mut().zip(state.buffer.drain(..n)) {
            *slot = byte;
        }
        self.0.changed.notify_all();
        Ok(n)
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

impl FileHandle for WriteEnd {
    fn read(&mut self, _buf: &mut [u8]) -> OsResult<usize> {
        Err(OsError::new(errno::EBADF))
    }

    fn write(&mut self, buf: &[u8]) -> OsResult<usize> {
        let mut state = lock(&self.0.state);
        let mut written = 0;
        while written < buf.len() {
            if !state.reader_open {
                // A partial write reports what got through; only a write that moved
                // nothing fails.
                return if written > 0 {
                    Ok(written)
                } else {
                    Err(OsError::new(errno::EPIPE))
                };
            }
            let room = CAPACITY - state.buffer.len();
            if room == 0 {
                state = self.0.wait(state);
                continue;
            }
            let chunk = &buf[written..buf.len().min(written + room)];
            state.buffer.extend(chunk);
            written += chunk.len();
            self.0.changed.notify_all();
        }
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
        Err(OsError::new(errno::EINVAL))
    }
}

impl Drop for ReadEnd {
    fn drop(&mut self) {
        lock(&self.0.state).reader_open = false;
        self.0.changed.notify_all();
    }
}

impl Drop for WriteEnd {
    fn drop(&mut self) {
        lock(&self.0.state).writer_open = false;
        self.0.changed.notify_all();
    }
}

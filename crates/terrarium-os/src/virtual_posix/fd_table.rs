use std::sync::{Arc, Mutex};

use crate::errno;
use crate::error::{OsError, OsResult};
use crate::vfs::FileHandle;

/// An open file shared by every descriptor `dup` made from the first, as POSIX open file
/// descriptions are.
pub(super) type SharedFile = Arc<Mutex<Box<dyn FileHandle>>>;

/// The highest descriptor count a context may hold, standing in for `RLIMIT_NOFILE`.
pub(super) const MAX_FDS: usize = 1 << 16;

struct Slot {
    file: SharedFile,
    inheritable: bool,
}

/// A context's descriptor numbers and what they refer to.
#[derive(Default)]
pub(super) struct FdTable {
    slots: Vec<Option<Slot>>,
}

fn index(fd: i32) -> OsResult<usize> {
    usize::try_from(fd)
        .ok()
        .filter(|&index| index < MAX_FDS)
        .ok_or(OsError::new(errno::EBADF))
}

impl FdTable {
    fn slot(&self, fd: i32) -> OsResult<&Slot> {
        self.slots
            .get(index(fd)?)
            .and_then(Option::as_ref)
            .ok_or(OsError::new(errno::EBADF))
    }

    pub(super) fn get(&self, fd: i32) -> OsResult<SharedFile> {
        Ok(Arc::clone(&self.slot(fd)?.file))
    }

    /// Installs `file` at the lowest free descriptor, as `open` and `dup` must.
    pub(super) fn insert(&mut self, file: SharedFile, inheritable: bool) -> OsResult<i32> {
        let index = match self.slots.iter().position(Option::is_none) {
            Some(index) => index,
            None if self.slots.len() < MAX_FDS => {
                self.slots.push(None);
                self.slots.len() - 1
            }
            None => return Err(OsError::new(errno::EMFILE)),
        };
        self.slots[index] = Some(Slot { file, inheritable });
        Ok(i32::try_from(index).expect("MAX_FDS fits in i32"))
    }

    /// Installs `file` at `fd` and returns what `fd` referred to, for the caller to drop
    /// once the table is unlocked (closing a pipe end wakes other threads).
    pub(super) fn insert_at(
        &mut self,
        fd: i32,
        file: SharedFile,
        inheritable: bool,
    ) -> OsResult<Option<SharedFile>> {
        let index = index(fd)?;
        if self.slots.len() <= index {
            self.slots.resize_with(index + 1, || None);
        }
        let previous = self.slots[index].replace(Slot { file, inheritable });
        Ok(previous.map(|slot| slot.file))
    }

    /// Frees `fd` and returns what it referred to.
    pub(super) fn remove(&mut self, fd: i32) -> OsResult<SharedFile> {
        self.slots
            .get_mut(index(fd)?)
            .and_then(Option::take)
            .map(|slot| slot.file)
            .ok_or(OsError::new(errno::EBADF))
    }

    pub(super) fn inheritable(&self, fd: i32) -> OsResult<bool> {
        Ok(self.slot(fd)?.inheritable)
    }

    pub(super) fn set_inheritable(&mut self, fd: i32, inheritable: bool) -> OsResult<()> {
        let slot = self
            .slots
            .get_mut(index(fd)?)
            .and_then(Option::as_mut)
            .ok_or(OsError::new(errno::EBADF))?;
        slot.inheritable = inheritable;
        Ok(())
    }
}

//! `dict`: a compact, insertion-ordered hash table (CPython's design: a
//! sparse index table pointing into a dense entry array).
//!
//! The table lives in an `UnsafeCell` rather than a `RefCell` because builtin
//! types' dicts are shared read-only between threads and a `RefCell` writes its
//! borrow flag even to read. The rule that keeps it sound: a `&mut Table` is
//! only formed inside this file, for a scope that runs no Python code. Key
//! comparisons that may run Python code (`__eq__`) happen with no borrow held,
//! and the lookup restarts if the table changed meanwhile.
//!
//! Those shared dicts are **frozen** (`Dict::freeze`, at the end of
//! bootstrap): every write goes through `t_mut`, which refuses a frozen
//! table, so no path (a method, `gc.get_referents`, a cache, the C API to
//! come) can change what all contexts read. Their keys are hashed under the
//! process's shared secret; lookups from a context with a secret of its own
//! hash the key again (`hashing.rs`).

use std::cell::UnsafeCell;

use crate::error::PyResult;
use crate::memory::OutOfMemory;
use crate::object::{Payload, PyRef};
use crate::objects::str::Str;
use crate::vm::Vm;

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;
const PERTURB_SHIFT: u32 = 5;

/// CPython's probe sequence over a table of `mask + 1` index slots: start
/// at the hash, then mix in higher hash bits until every slot is reachable.
struct ProbeSeq {
    i: usize,
    perturb: u64,
    mask: usize,
}

impl ProbeSeq {
    #[inline]
    fn new(hash: i64, mask: usize) -> ProbeSeq {
        ProbeSeq {
            i: (hash as u64 as usize) & mask,
            perturb: hash as u64,
            mask,
        }
    }

    #[inline]
    fn next(&mut self) {
        self.perturb >>= PERTURB_SHIFT;
        self.i = (self
            .i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(self.perturb as usize))
            & self.mask;
    }
}

/// A dict version never used before in this process: equal versions mean
/// the same dict in the same state (or two empty dicts, at version 0), so a
/// cached lookup result can be reused by comparing versions alone.
fn next_version() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    // Each thread takes blocks of versions from a process-wide counter, so
    // the common case is a thread-local increment.
    const BLOCK: u64 = 1 << 20;
    static BLOCKS: AtomicU64 = AtomicU64::new(1);
    thread_local! {
        static RANGE: std::cell::Cell<(u64, u64)> = const { std::cell::Cell::new((0, 0)) };
    }
    RANGE.with(|r| {
        let (mut next, mut end) = r.get();
        if next == end {
            next = BLOCKS.fetch_add(1, Ordering::Relaxed) * BLOCK;
            end = next + BLOCK;
        }
        r.set((next + 1, end));
        next
    })
}

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: PyRef,
    pub value: PyRef,
}

#[derive(Default)]
struct Table {
    indices: Vec<u32>,
    entries: Vec<Option<Entry>>,
    used: usize,
    /// Replaced on every mutation by a value no dict of the process has
    /// had (see `next_version`); lets lookups, iterators and the
    /// interpreter's caches detect changes. 0 for every new (empty) dict.
    version: u64,
    /// Shared by all contexts: never written again (see the module comment).
    frozen: bool,
    /// Replaced (by a `next_version` value) whenever the index and entry
    /// arrays are rebuilt (resize, clear): what a lookup interrupted by a
    /// Python `__eq__` checks, as CPython compares `ma_keys`.
    layout: u64,
}

#[derive(Default)]
pub struct Dict {
    table: UnsafeCell<Table>,
}

impl Payload for Dict {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        let entries = self.t().entries.iter().flatten();
        // Like CPython, a dict whose keys are all exact strs visits only its
        // values (strs hold no references).
        let g = crate::globals::globals();
        let str_keys = entries.clone().all(|e| e.key.type_is(&g.str_));
        for e in entries {
            if !str_keys {
                visit(&e.key);
            }
            visit(&e.value);
        }
    }
    fn clear(&self) {
        self.clear_entries();
    }
}

enum Probe {
    Found(usize),
    Missing,
    /// The table changed under a Python `__eq__`: look again.
    Restart,
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    fn t(&self) -> &Table {
        // SAFETY: see the module comment; shared reads never overlap a `&mut`.
        unsafe { &*self.table.get() }
    }

    /// The table for writing, or `None` if the dict is frozen.
    #[allow(clippy::mut_from_ref)]
    fn t_mut(&self) -> Option<&mut Table> {
        if self.t().frozen {
            return None;
        }
        // SAFETY: see the module comment: callers keep this borrow local and
        // run no Python code while holding it; frozen (shared) tables are
        // never borrowed mutably.
        Some(unsafe { &mut *self.table.get() })
    }

    /// Makes the dict read-only for good: it is about to be shared by every
    /// context (bootstrap only, before any other thread can see it).
    pub fn freeze(&self) {
        if let Some(t) = self.t_mut() {
            t.frozen = true;
        }
    }

    fn frozen_error(vm: &Vm) -> crate::error::PyErr {
        vm.type_error("cannot modify the namespace of a builtin type: it is shared by all contexts")
    }

    fn writable(&self, vm: &Vm) -> PyResult<&mut Table> {
        self.t_mut().ok_or_else(|| Self::frozen_error(vm))
    }

    pub fn len(&self) -> usize {
        self.t().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn version(&self) -> u64 {
        self.t().version
    }

    /// Number of entry slots, including deleted ones (iteration bound).
    pub fn capacity_hint(&self) -> usize {
        self.t().entries.len()
    }

    /// The live entry at dense position `i`, if any.
    pub fn entry_at(&self, i: usize) -> Option<Entry> {
        let e = self.t().entries.get(i).and_then(|e| e.clone())?;
        Some(self.for_context(e))
    }

    /// An entry with its key's hash as the current context computes it: a
    /// frozen dict stores hashes under the shared secret (module comment).
    fn for_context(&self, mut e: Entry) -> Entry {
        let rehash = self.t().frozen && !crate::hashing::uses_shared_secret();
        if let (true, Some(s)) = (rehash, e.key.downcast::<Str>()) {
            e.hash = crate::hashing::hash_str(s.as_str());
        }
        e
    }

    fn probe(&self, vm: &Vm, key: &PyRef, hash: i64) -> PyResult<Probe> {
        let t = self.t();
        if t.indices.is_empty() {
            return Ok(Probe::Missing);
        }
        let hash = if t.frozen {
            frozen_key_hash(key, hash)
        } else {
            hash
        };
        let mask = t.indices.len() - 1;
        let mut p = ProbeSeq::new(hash, mask);
        let layout = t.layout;
        loop {
            let ix = self.t().indices[p.i];
            if ix == EMPTY {
                return Ok(Probe::Missing);
            }
            if ix != DUMMY {
                let (ehash, ekey) = match &self.t().entries[ix as usize] {
                    Some(e) => (e.hash, e.key.clone()),
                    None => unreachable_entry(),
                };
                if ekey.is(key) {
                    return Ok(Probe::Found(ix as usize));
                }
                if ehash == hash {
                    let eq = vm.eq_bool_fast_str(&ekey, key)?;
                    // Restart only if the arrays were rebuilt or the entry
                    // now holds another key: other mutations leave the
                    // probe sequence valid (CPython's rule).
                    let t = self.t();
                    let same_entry = t
                        .entries
                        .get(ix as usize)
                        .is_some_and(|e| e.as_ref().is_some_and(|e| e.key.is(&ekey)));
                    if t.layout != layout || !same_entry {
                        return Ok(Probe::Restart);
                    }
                    if eq {
                        return Ok(Probe::Found(ix as usize));
                    }
                }
            }
            p.next();
        }
    }

    fn find(&self, vm: &Vm, key: &PyRef, hash: i64) -> PyResult<Option<usize>> {
        loop {
            match self.probe(vm, key, hash)? {
                Probe::Found(ix) => return Ok(Some(ix)),
                Probe::Missing => return Ok(None),
                Probe::Restart => continue,
            }
        }
    }

    pub fn get_item(&self, vm: &Vm, key: &PyRef) -> PyResult<Option<PyRef>> {
        let hash = vm.hash(key)?;
        self.get_item_hashed(vm, key, hash)
    }

    pub fn get_item_hashed(&self, vm: &Vm, key: &PyRef, hash: i64) -> PyResult<Option<PyRef>> {
        Ok(self
            .find(vm, key, hash)?
            .and_then(|ix| self.t().entries[ix].as_ref().map(|e| e.value.clone())))
    }

    /// Looks up a `str` key without running Python code: only entries whose
    /// key is a `str` can match.
    pub fn get_str(&self, name: &str, hash: i64) -> Option<PyRef> {
        let ix = self.index_of_str(name, hash)?;
        self.t().entries[ix as usize]
            .as_ref()
            .map(|e| e.value.clone())
    }

    /// The position of str key `name` in the entries, for `get_at` and
    /// `replace_at` hints.
    #[inline]
    pub fn index_of_str(&self, name: &str, hash: i64) -> Option<u32> {
        let t = self.t();
        if t.indices.is_empty() {
            return None;
        }
        let hash = if t.frozen {
            crate::hashing::shared_hash(name, hash)
        } else {
            hash
        };
        let mask = t.indices.len() - 1;
        let mut p = ProbeSeq::new(hash, mask);
        loop {
            let ix = t.indices[p.i];
            if ix == EMPTY {
                return None;
            }
            if ix != DUMMY {
                if let Some(e) = &t.entries[ix as usize] {
                    if e.hash == hash && e.key.downcast::<Str>().is_some_and(|s| s.as_str() == name)
                    {
                        return Some(ix);
                    }
                }
            }
            p.next();
        }
    }

    /// The value of the entry at position `hint` if its key is `key` itself
    /// (names in code are interned, so a hit is a pointer comparison).
    #[inline]
    pub fn get_at(&self, hint: u32, key: &PyRef) -> Option<PyRef> {
        match self.t().entries.get(hint as usize) {
            Some(Some(e)) if e.key.is(key) => Some(e.value.clone()),
            _ => None,
        }
    }

    /// Replaces the value of the entry at `hint` if its key is `key` itself,
    /// returning the old value (for the caller to drop); gives the value
    /// back if the entry does not match.
    #[inline]
    pub fn replace_at(&self, hint: u32, key: &PyRef, value: PyRef) -> Result<PyRef, PyRef> {
        let Some(t) = self.t_mut() else {
            return Err(value);
        };
        match t.entries.get_mut(hint as usize) {
            Some(Some(e)) if e.key.is(key) => {
                t.version = next_version();
                Ok(std::mem::replace(&mut e.value, value))
            }
            _ => Err(value),
        }
    }

    pub fn contains(&self, vm: &Vm, key: &PyRef) -> PyResult<bool> {
        let hash = vm.hash(key)?;
        Ok(self.find(vm, key, hash)?.is_some())
    }

    pub fn set_item(&self, vm: &Vm, key: PyRef, value: PyRef) -> PyResult<()> {
        let hash = vm.hash(&key)?;
        self.set_item_hashed(vm, key, hash, value)
    }

    pub fn set_item_hashed(&self, vm: &Vm, key: PyRef, hash: i64, value: PyRef) -> PyResult<()> {
        match self.find(vm, &key, hash)? {
            Some(ix) => {
                let old = {
                    let t = self.writable(vm)?;
                    t.version = next_version();
                    let e = t.entries[ix].as_mut().expect("live entry");
                    std::mem::replace(&mut e.value, value)
                };
                drop(old);
            }
            None => {
                self.writable(vm)?;
                self.insert_new(hash, key, value)
                    .map_err(|_| vm.memory_error())?;
            }
        }
        Ok(())
    }

    /// Adds an entry whose key is absent (a frozen dict is left unchanged:
    /// callers check first, or build a fresh dict).
    /// The table's growth is the program's to choose, so it can be refused;
    /// the dict is then unchanged.
    fn insert_new(&self, hash: i64, key: PyRef, value: PyRef) -> Result<(), OutOfMemory> {
        let Some(t) = self.t_mut() else {
            return Ok(());
        };
        if (t.entries.len() + 1) * 3 >= t.indices.len() * 2 {
            Self::resize(t, (t.used + 1) * 3)?;
        }
        t.entries.try_reserve(1).map_err(|_| OutOfMemory)?;
        let mask = t.indices.len() - 1;
        let mut p = ProbeSeq::new(hash, mask);
        while t.indices[p.i] != EMPTY && t.indices[p.i] != DUMMY {
            p.next();
        }
        t.indices[p.i] = t.entries.len() as u32;
        t.entries.push(Some(Entry { hash, key, value }));
        t.used += 1;
        t.version = next_version();
        Ok(())
    }

    /// Rebuilds the index for more than `min` slots, dropping deleted
    /// entries; both new tables are allocated before the old ones change.
    fn resize(t: &mut Table, min: usize) -> Result<(), OutOfMemory> {
        let mut size = 8usize;
        while size < min {
            size = size.checked_mul(2).ok_or(OutOfMemory)?;
        }
        let bytes = size
            .saturating_mul(size_of::<u32>())
            .saturating_add(t.used.saturating_mul(size_of::<Option<Entry>>()));
        if bytes > crate::memory::request_ceiling() {
            return Err(OutOfMemory);
        }
        let mut indices = Vec::new();
        indices.try_reserve_exact(size).map_err(|_| OutOfMemory)?;
        indices.resize(size, EMPTY);
        let mut live = Vec::new();
        live.try_reserve_exact(t.used).map_err(|_| OutOfMemory)?;
        live.extend(t.entries.drain(..).filter(|e| e.is_some()));
        t.layout = next_version();
        t.entries = live;
        t.indices = indices;
        let mask = size - 1;
        for (n, e) in t.entries.iter().enumerate() {
            let hash = e.as_ref().expect("compacted").hash;
            let mut p = ProbeSeq::new(hash, mask);
            while t.indices[p.i] != EMPTY {
                p.next();
            }
            t.indices[p.i] = n as u32;
        }
        Ok(())
    }

    /// Removes `key`; returns the removed value.
    pub fn del_item(&self, vm: &Vm, key: &PyRef) -> PyResult<Option<PyRef>> {
        let hash = vm.hash(key)?;
        self.del_item_hashed(vm, key, hash)
    }

    pub fn del_item_hashed(&self, vm: &Vm, key: &PyRef, hash: i64) -> PyResult<Option<PyRef>> {
        let Some(ix) = self.find(vm, key, hash)? else {
            return Ok(None);
        };
        let removed = {
            let t = self.writable(vm)?;
            let mask = t.indices.len() - 1;
            let mut p = ProbeSeq::new(hash, mask);
            while t.indices[p.i] != ix as u32 {
                p.next();
            }
            t.indices[p.i] = DUMMY;
            t.used -= 1;
            t.version = next_version();
            let e = t.entries[ix].take();
            // Trailing deleted entries can be dropped so popitem stays O(1).
            while matches!(t.entries.last(), Some(None)) {
                t.entries.pop();
            }
            e
        };
        Ok(removed.map(|e| e.value))
    }

    /// Removes and returns the last inserted item.
    pub fn pop_last(&self, vm: &Vm) -> PyResult<Option<(PyRef, PyRef)>> {
        let e = {
            let t = self.writable(vm)?;
            let Some(last) = t.entries.iter().rposition(|e| e.is_some()) else {
                return Ok(None);
            };
            let e = t.entries[last].take().expect("live");
            let mask = t.indices.len() - 1;
            let mut p = ProbeSeq::new(e.hash, mask);
            while t.indices[p.i] != last as u32 {
                p.next();
            }
            t.indices[p.i] = DUMMY;
            t.used -= 1;
            t.version = next_version();
            t.entries.truncate(last);
            e
        };
        Ok(Some((e.key, e.value)))
    }

    pub fn clear(&self, vm: &Vm) -> PyResult<()> {
        self.writable(vm)?;
        self.clear_entries();
        Ok(())
    }

    /// Empties the dict (the collector's `clear`; a frozen dict is never
    /// collected, and is left unchanged).
    pub fn clear_entries(&self) {
        let Some(t) = self.t_mut() else {
            return;
        };
        let old = std::mem::take(t);
        t.version = next_version();
        t.layout = next_version();
        drop(old);
    }

    pub fn entries(&self) -> Vec<Entry> {
        self.t()
            .entries
            .iter()
            .flatten()
            .map(|e| self.for_context(e.clone()))
            .collect()
    }

    pub fn keys(&self) -> Vec<PyRef> {
        self.t()
            .entries
            .iter()
            .flatten()
            .map(|e| e.key.clone())
            .collect()
    }

    pub fn values(&self) -> Vec<PyRef> {
        self.t()
            .entries
            .iter()
            .flatten()
            .map(|e| e.value.clone())
            .collect()
    }

    pub fn items(&self) -> Vec<(PyRef, PyRef)> {
        self.t()
            .entries
            .iter()
            .flatten()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    /// A copy with the same order (keys are not rehashed).
    pub fn copy(&self, vm: &Vm) -> PyResult<Dict> {
        let d = Dict::new();
        for e in self.entries() {
            d.insert_new(e.hash, e.key, e.value)
                .map_err(|_| vm.memory_error())?;
        }
        Ok(d)
    }

    /// Inserts an entry known to be absent, for the interpreter's own
    /// dicts (builtin types, a new module's attributes): a refusal there is
    /// what any small allocation's is, the end of the process.
    pub fn push_unique(&self, hash: i64, key: PyRef, value: PyRef) {
        if self.insert_new(hash, key, value).is_err() {
            std::alloc::handle_alloc_error(std::alloc::Layout::new::<Entry>());
        }
    }
}

/// The hash a frozen dict stores for `key` (see the module comment).
#[cold]
fn frozen_key_hash(key: &PyRef, context_hash: i64) -> i64 {
    match key.downcast::<Str>() {
        Some(s) => crate::hashing::shared_hash(s.as_str(), context_hash),
        None => context_hash,
    }
}

#[cold]
fn unreachable_entry() -> ! {
    unreachable!("index points at a deleted entry")
}

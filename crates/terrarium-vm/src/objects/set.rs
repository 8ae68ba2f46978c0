//! `set` and `frozenset`: an open-addressing hash table laid out and probed
//! as CPython 3.11's, so that iteration order (which programs observe) is the
//! same for the same hashes.
//!
//! The table is a power-of-two array of slots, each empty, a dummy (a deleted
//! entry, kept so probe chains stay intact) or active. A probe looks at up to
//! ten consecutive slots, then jumps with the perturbed recurrence
//! `i = (5*i + 1 + perturb) & mask`, `perturb` shifting the hash right by 5
//! each time. A new key goes in the last dummy its probe chain passed before
//! reaching an empty slot, or else in that empty slot (this choice, checked
//! against CPython 3.11's observable order, decides where keys land). The
//! table grows when three fifths of it are filled (active plus dummy).
//!
//! Key comparisons may run Python code: they happen with no borrow held, and a
//! lookup restarts if the table changed meanwhile.

use std::cell::{Cell, RefCell};

use terrarium_compiler::bytecode::CmpOp;
use terrarium_format::FrozenSetHasher;

use crate::error::PyResult;
use crate::globals::Globals;
use crate::memory::OutOfMemory;
use crate::object::{Payload, PyRef, alloc};
use crate::objects::dict::Dict;
use crate::objects::iterators;
use crate::objects::list::{add_class_getitem, new_cls_arg, repr_enter, wrapper_args};
use crate::objects::native::Args;
use crate::objects::str::Str;
use crate::objects::typeobject::is_subtype;
use crate::objects::{add_method, add_static, set_type_attr};
use crate::vm::Vm;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
/// The hash a dummy slot carries (no object hashes to -1).
const DUMMY_HASH: i64 = -1;

/// Empty: no key, hash 0. Dummy: no key, hash -1. Active: a key.
#[derive(Clone)]
struct Slot {
    hash: i64,
    key: Option<PyRef>,
}

impl Slot {
    const EMPTY: Slot = Slot { hash: 0, key: None };
}

struct Table {
    slots: Vec<Slot>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop()` resumes its scan.
    finger: usize,
    /// Bumped on every change; lookups restart when it moves under them.
    version: u64,
}

impl Table {
    fn new() -> Table {
        Table {
            slots: vec![Slot::EMPTY; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
            version: 0,
        }
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Puts a key known to be absent into a table without dummies.
    fn insert_clean(slots: &mut [Slot], key: PyRef, hash: i64) {
        let mask = slots.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            if let Some(slot) = slots[i..=i + probes].iter_mut().find(|s| s.key.is_none()) {
                *slot = Slot {
                    hash,
                    key: Some(key),
                };
                return;
            }
            perturb >>= PERTURB_SHIFT;
            i = i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize)
                & mask;
        }
    }

    /// Rebuilds the table with more than `minused` slots, dropping dummies
    /// and reinserting active keys in their old table order. Returns the old
    /// slots for the caller to drop outside its borrow. The size is the
    /// program's to choose, so the new table can be refused; the old one is
    /// then unchanged.
    fn resize(&mut self, minused: usize) -> Result<Vec<Slot>, OutOfMemory> {
        let mut size = MIN_SIZE;
        while size <= minused {
            size = size.checked_mul(2).ok_or(OutOfMemory)?;
        }
        if size.saturating_mul(size_of::<Slot>()) > crate::memory::request_ceiling() {
            return Err(OutOfMemory);
        }
        let mut slots = Vec::new();
        slots.try_reserve_exact(size).map_err(|_| OutOfMemory)?;
        slots.resize(size, Slot::EMPTY);
        let old = std::mem::take(&mut self.slots);
        for s in &old {
            if let Some(k) = &s.key {
                Table::insert_clean(&mut slots, k.clone(), s.hash);
            }
        }
        self.slots = slots;
        self.fill = self.used;
        self.version += 1;
        Ok(old)
    }

    fn grow_for_insert(&mut self) -> Result<Vec<Slot>, OutOfMemory> {
        let used = self.used;
        self.resize(if used > 50000 { used * 2 } else { used * 4 })
    }

    fn active(&self) -> Vec<(i64, PyRef)> {
        self.slots
            .iter()
            .filter_map(|s| s.key.as_ref().map(|k| (s.hash, k.clone())))
            .collect()
    }
}

pub struct Set {
    table: RefCell<Table>,
    /// The cached hash of a frozenset, -1 until computed.
    hash: Cell<i64>,
}

impl Payload for Set {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Ok(t) = self.table.try_borrow() {
            for s in &t.slots {
                if let Some(k) = &s.key {
                    visit(k);
                }
            }
        }
    }
    fn clear(&self) {
        let old = match self.table.try_borrow_mut() {
            Ok(mut t) => std::mem::replace(&mut *t, Table::new()),
            Err(_) => return,
        };
        drop(old);
    }
}

impl Default for Set {
    fn default() -> Self {
        Set::new()
    }
}

enum Probe {
    Found(usize),
    /// The key is absent: where it would go (the last dummy on its probe
    /// chain, else the empty slot that ends the chain), and whether that
    /// slot is a dummy.
    Missing(usize, bool),
    Restart,
}

impl Set {
    pub fn new() -> Set {
        Set {
            table: RefCell::new(Table::new()),
            hash: Cell::new(-1),
        }
    }

    pub fn len(&self) -> usize {
        self.table.borrow().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The keys, in table (iteration) order.
    pub fn to_vec(&self) -> Vec<PyRef> {
        self.table
            .borrow()
            .slots
            .iter()
            .filter_map(|s| s.key.clone())
            .collect()
    }

    /// The first active slot at or after `pos`, for iterators.
    pub fn next_from(&self, pos: usize) -> Option<(usize, PyRef)> {
        let t = self.table.borrow();
        t.slots
            .iter()
            .enumerate()
            .skip(pos)
            .find_map(|(i, s)| s.key.clone().map(|k| (i, k)))
    }

    fn version(&self) -> u64 {
        self.table.borrow().version
    }

    fn probe(&self, vm: &Vm, key: &PyRef, hash: i64) -> PyResult<Probe> {
        let (mask, version) = {
            let t = self.table.borrow();
            (t.mask(), t.version)
        };
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut last_dummy = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                let other = {
                    let t = self.table.borrow();
                    let s = &t.slots[j];
                    match &s.key {
                        None if s.hash == 0 => {
                            return Ok(match last_dummy {
                                Some(d) => Probe::Missing(d, true),
                                None => Probe::Missing(j, false),
                            });
                        }
                        None => {
                            last_dummy = Some(j);
                            continue;
                        }
                        Some(k) if s.hash == hash => k.clone(),
                        Some(_) => continue,
                    }
                };
                if other.is(key) {
                    return Ok(Probe::Found(j));
                }
                if other.type_is(&vm.g.str_) && key.type_is(&vm.g.str_) {
                    if other.downcast::<Str>().expect("str").as_str()
                        == key.downcast::<Str>().expect("str").as_str()
                    {
                        return Ok(Probe::Found(j));
                    }
                    continue;
                }
                let eq = vm.eq_bool(&other, key)?;
                if self.version() != version {
                    return Ok(Probe::Restart);
                }
                if eq {
                    return Ok(Probe::Found(j));
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize)
                & mask;
        }
    }

    fn find(&self, vm: &Vm, key: &PyRef, hash: i64) -> PyResult<Option<usize>> {
        loop {
            match self.probe(vm, key, hash)? {
                Probe::Found(i) => return Ok(Some(i)),
                Probe::Missing(..) => return Ok(None),
                Probe::Restart => {}
            }
        }
    }

    pub fn contains_hashed(&self, vm: &Vm, key: &PyRef, hash: i64) -> PyResult<bool> {
        Ok(self.find(vm, key, hash)?.is_some())
    }

    pub fn contains(&self, vm: &Vm, key: &PyRef) -> PyResult<bool> {
        let h = vm.hash(key)?;
        self.contains_hashed(vm, key, h)
    }

    pub fn add_hashed(&self, vm: &Vm, key: PyRef, hash: i64) -> PyResult<()> {
        loop {
            match self.probe(vm, &key, hash)? {
                Probe::Found(_) => return Ok(()),
                Probe::Restart => {}
                Probe::Missing(j, reuse) => {
                    let old = {
                        let mut t = self.table.borrow_mut();
                        t.slots[j] = Slot {
                            hash,
                            key: Some(key),
                        };
                        t.used += 1;
                        t.version += 1;
                        if reuse {
                            return Ok(());
                        }
                        t.fill += 1;
                        if t.fill * 5 < t.mask() * 3 {
                            return Ok(());
                        }
                        match t.grow_for_insert() {
                            Ok(old) => old,
                            Err(OutOfMemory) => {
                                // Undone, so the table keeps a free slot.
                                let key = std::mem::replace(&mut t.slots[j], Slot::EMPTY).key;
                                t.used -= 1;
                                t.fill -= 1;
                                t.version += 1;
                                drop(t);
                                drop(key);
                                return Err(vm.memory_error());
                            }
                        }
                    };
                    drop(old);
                    return Ok(());
                }
            }
        }
    }

    pub fn add(&self, vm: &Vm, key: PyRef) -> PyResult<()> {
        let h = vm.hash(&key)?;
        self.add_hashed(vm, key, h)
    }

    /// Removes `key`; false if it was absent.
    pub fn discard_hashed(&self, vm: &Vm, key: &PyRef, hash: i64) -> PyResult<bool> {
        let Some(j) = self.find(vm, key, hash)? else {
            return Ok(false);
        };
        let old = {
            let mut t = self.table.borrow_mut();
            let old = std::mem::replace(
                &mut t.slots[j],
                Slot {
                    hash: DUMMY_HASH,
                    key: None,
                },
            );
            t.used -= 1;
            t.version += 1;
            old
        };
        drop(old);
        Ok(true)
    }

    pub fn discard(&self, vm: &Vm, key: &PyRef) -> PyResult<bool> {
        let h = vm.hash(key)?;
        self.discard_hashed(vm, key, h)
    }

    pub fn clear(&self) {
        let old = {
            let mut t = self.table.borrow_mut();
            let finger = t.finger;
            let version = t.version + 1;
            let old = std::mem::replace(&mut *t, Table::new());
            t.finger = finger;
            t.version = version;
            old
        };
        drop(old);
    }

    /// Removes and returns an arbitrary key, scanning from where the last
    /// pop stopped (as CPython does, so repeated pops are fast).
    pub fn pop(&self) -> Option<PyRef> {
        let mut t = self.table.borrow_mut();
        if t.used == 0 {
            return None;
        }
        let mask = t.mask();
        let mut i = t.finger & mask;
        while t.slots[i].key.is_none() {
            i = if i == mask { 0 } else { i + 1 };
        }
        let key = std::mem::replace(
            &mut t.slots[i],
            Slot {
                hash: DUMMY_HASH,
                key: None,
            },
        )
        .key;
        t.used -= 1;
        t.version += 1;
        t.finger = i + 1;
        key
    }

    /// The hash of a frozenset (cached).
    pub fn frozen_hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let mut hasher = FrozenSetHasher::new();
        for s in &self.table.borrow().slots {
            if s.key.is_some() {
                hasher.add(s.hash);
            }
        }
        let h = hasher.finish();
        self.hash.set(h);
        h
    }

    /// `set_merge`: adds every key of `other`, copying the table layout
    /// outright when this set is empty and the same size.
    fn merge(&self, vm: &Vm, other: &Set) -> PyResult<()> {
        if std::ptr::eq(self, other) {
            return Ok(());
        }
        let (entries, o_fill, o_used, o_mask, o_slots) = {
            let o = other.table.borrow();
            if o.used == 0 {
                return Ok(());
            }
            let slots = if o.fill == o.used {
                Some(o.slots.clone())
            } else {
                None
            };
            (o.active(), o.fill, o.used, o.mask(), slots)
        };
        let old = {
            let mut t = self.table.borrow_mut();
            let mut old = Vec::new();
            if (t.fill + o_used) * 5 >= t.mask() * 3 {
                let used = t.used;
                old = t
                    .resize((used + o_used) * 2)
                    .map_err(|_| vm.memory_error())?;
            }
            if t.fill == 0 {
                if let (true, Some(slots)) = (t.mask() == o_mask, o_slots) {
                    t.slots = slots;
                    t.fill = o_fill;
                } else {
                    for (h, k) in entries {
                        Table::insert_clean(&mut t.slots, k, h);
                    }
                    t.fill = o_used;
                }
                t.used = o_used;
                t.version += 1;
                drop(t);
                drop(old);
                return Ok(());
            }
            old
        };
        drop(old);
        for (h, k) in entries {
            self.add_hashed(vm, k, h)?;
        }
        Ok(())
    }

    /// `set_update_internal`: from a set, an exact dict's keys, or any
    /// iterable.
    pub fn update(&self, vm: &Vm, other: &PyRef) -> PyResult<()> {
        if let Some(o) = other.downcast::<Set>() {
            return self.merge(vm, o);
        }
        if other.type_is(&vm.g.dict) {
            let d = other.downcast::<Dict>().expect("dict");
            let n = d.len();
            let old = {
                let mut t = self.table.borrow_mut();
                if (t.fill + n) * 5 >= t.mask() * 3 {
                    let used = t.used;
                    t.resize((used + n) * 2).map_err(|_| vm.memory_error())?
                } else {
                    Vec::new()
                }
            };
            drop(old);
            for e in d.entries() {
                self.add_hashed(vm, e.key, e.hash)?;
            }
            return Ok(());
        }
        let it = vm.iter(other)?;
        while let Some(k) = vm.next(&it)? {
            self.add(vm, k)?;
        }
        Ok(())
    }

    fn entries(&self) -> Vec<(i64, PyRef)> {
        self.table.borrow().active()
    }

    /// Exchanges the contents of two sets (`set_swap_bodies`).
    /// Exchanges the contents of two distinct sets (`set_swap_bodies`);
    /// each keeps its `pop()` position.
    fn swap_with(&self, other: &Set) {
        let mut a = self.table.borrow_mut();
        let mut b = other.table.borrow_mut();
        std::mem::swap(&mut *a, &mut *b);
        std::mem::swap(&mut a.finger, &mut b.finger);
        let version = a.version.max(b.version) + 1;
        a.version = version;
        b.version = version;
        self.hash.set(-1);
        other.hash.set(-1);
    }

    fn sizeof(&self) -> usize {
        let n = self.table.borrow().slots.len();
        200 + if n > MIN_SIZE { n * 16 } else { 0 }
    }
}

// ---- constructors -----------------------------------------------------------------------

/// A new `set` with `items` added in order.
pub fn new_set(vm: &Vm, items: Vec<PyRef>) -> PyResult<PyRef> {
    let o = alloc(&vm.g.set, Set::new());
    let s = set(&o);
    for x in items {
        s.add(vm, x)?;
    }
    Ok(o)
}

pub fn new_frozenset(vm: &Vm, items: Vec<PyRef>) -> PyResult<PyRef> {
    let o = alloc(&vm.g.frozenset, Set::new());
    let s = set(&o);
    for x in items {
        s.add(vm, x)?;
    }
    Ok(o)
}

/// `set(iterable)`.
pub fn set_from(vm: &Vm, iterable: &PyRef) -> PyResult {
    make_set(vm, &vm.g.set, Some(iterable))
}

/// `make_new_set`: a set of type `cls` filled from `iterable`.
fn make_set(vm: &Vm, cls: &PyRef, iterable: Option<&PyRef>) -> PyResult {
    let o = alloc(cls, Set::new());
    if let Some(it) = iterable {
        set(&o).update(vm, it)?;
    }
    Ok(o)
}

/// `make_new_set_basetype`: results of operations on subclasses are plain
/// sets or frozensets.
fn make_basetype(vm: &Vm, like: &PyRef, iterable: Option<&PyRef>) -> PyResult {
    let cls = if is_frozen(vm, like) {
        &vm.g.frozenset
    } else {
        &vm.g.set
    };
    make_set(vm, cls, iterable)
}

fn set(o: &PyRef) -> &Set {
    o.downcast::<Set>().expect("set")
}

fn is_anyset(o: &PyRef) -> bool {
    o.downcast::<Set>().is_some()
}

fn is_frozen(vm: &Vm, o: &PyRef) -> bool {
    o.type_is(&vm.g.frozenset)
        || (!o.type_is(&vm.g.set) && is_subtype(o.type_obj_ref(), &vm.g.frozenset))
}

fn copy_of(vm: &Vm, so: &PyRef) -> PyResult {
    make_basetype(vm, so, Some(so))
}

/// Runs `f(key)`, retrying with `frozenset(key)` when `key` is an
/// unhashable set (so `{1} in {frozenset({1})}` works).
fn with_frozen_fallback<T>(vm: &Vm, key: &PyRef, f: &dyn Fn(&PyRef) -> PyResult<T>) -> PyResult<T> {
    match f(key) {
        Err(e) if vm.err_matches(&e, "TypeError") && is_anyset(key) && !is_frozen(vm, key) => {
            let tmp = make_set(vm, &vm.g.frozenset, Some(key))?;
            f(&tmp)
        }
        r => r,
    }
}

// ---- algorithms shared by methods and operators -------------------------------------------

/// `so & other` (`set_intersection`), typed after `so`.
pub fn intersection(vm: &Vm, so: &PyRef, other: &PyRef) -> PyResult {
    if so.is(other) {
        return copy_of(vm, so);
    }
    let result = make_basetype(vm, so, None)?;
    let r = set(&result);
    if let Some(o) = other.downcast::<Set>() {
        let (big, small) = if o.len() > set(so).len() {
            (o, set(so))
        } else {
            (set(so), o)
        };
        for (h, k) in small.entries() {
            if big.contains_hashed(vm, &k, h)? {
                r.add_hashed(vm, k, h)?;
            }
        }
        return Ok(result);
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        if set(so).contains_hashed(vm, &k, h)? {
            r.add_hashed(vm, k, h)?;
        }
    }
    Ok(result)
}

/// `so.difference_update(other)`.
pub fn difference_update(vm: &Vm, so: &PyRef, other: &PyRef) -> PyResult<()> {
    let s = set(so);
    if so.is(other) {
        s.clear();
        return Ok(());
    }
    if let Some(o) = other.downcast::<Set>() {
        // Against a much larger set, only the common keys matter.
        let entries = if o.len() >> 3 > s.len() {
            set(&intersection(vm, so, other)?).entries()
        } else {
            o.entries()
        };
        for (h, k) in entries {
            s.discard_hashed(vm, &k, h)?;
        }
    } else {
        let it = vm.iter(other)?;
        while let Some(k) = vm.next(&it)? {
            s.discard(vm, &k)?;
        }
    }
    let old = {
        let mut t = s.table.borrow_mut();
        if t.fill - t.used > t.mask() / 4 {
            // Only sheds deleted slots: the table is fine without it.
            t.grow_for_insert().unwrap_or_default()
        } else {
            Vec::new()
        }
    };
    drop(old);
    Ok(())
}

fn difference(vm: &Vm, so: &PyRef, other: &PyRef) -> PyResult {
    let other_size = if let Some(o) = other.downcast::<Set>() {
        o.len()
    } else if other.type_is(&vm.g.dict) {
        other.downcast::<Dict>().expect("dict").len()
    } else {
        let result = copy_of(vm, so)?;
        difference_update(vm, &result, other)?;
        return Ok(result);
    };
    let s = set(so);
    if s.len() >> 2 > other_size {
        let result = copy_of(vm, so)?;
        difference_update(vm, &result, other)?;
        return Ok(result);
    }
    let result = make_basetype(vm, so, None)?;
    let r = set(&result);
    for (h, k) in s.entries() {
        let present = match other.downcast::<Set>() {
            Some(o) => o.contains_hashed(vm, &k, h)?,
            None => other
                .downcast::<Dict>()
                .expect("dict")
                .get_item_hashed(vm, &k, h)?
                .is_some(),
        };
        if !present {
            r.add_hashed(vm, k, h)?;
        }
    }
    Ok(result)
}

/// `so.symmetric_difference_update(other)`.
pub fn symmetric_difference_update(vm: &Vm, so: &PyRef, other: &PyRef) -> PyResult<()> {
    let s = set(so);
    if so.is(other) {
        s.clear();
        return Ok(());
    }
    let entries = if other.type_is(&vm.g.dict) {
        other
            .downcast::<Dict>()
            .expect("dict")
            .entries()
            .into_iter()
            .map(|e| (e.hash, e.key))
            .collect()
    } else if let Some(o) = other.downcast::<Set>() {
        o.entries()
    } else {
        set(&make_basetype(vm, so, Some(other))?).entries()
    };
    for (h, k) in entries {
        if !s.discard_hashed(vm, &k, h)? {
            s.add_hashed(vm, k, h)?;
        }
    }
    Ok(())
}

fn symmetric_difference(vm: &Vm, so: &PyRef, other: &PyRef) -> PyResult {
    let result = make_basetype(vm, so, Some(other))?;
    symmetric_difference_update(vm, &result, so)?;
    Ok(result)
}

fn union_with(vm: &Vm, so: &PyRef, other: &PyRef) -> PyResult {
    let result = copy_of(vm, so)?;
    if !so.is(other) {
        set(&result).update(vm, other)?;
    }
    Ok(result)
}

fn issubset(vm: &Vm, so: &PyRef, other: &PyRef) -> PyResult<bool> {
    let Some(o) = other.downcast::<Set>() else {
        let tmp = make_set(vm, &vm.g.set, Some(other))?;
        return issubset(vm, so, &tmp);
    };
    let s = set(so);
    if s.len() > o.len() {
        return Ok(false);
    }
    for (h, k) in s.entries() {
        if !o.contains_hashed(vm, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn issuperset(vm: &Vm, so: &PyRef, other: &PyRef) -> PyResult<bool> {
    if is_anyset(other) {
        return issubset(vm, other, so);
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        if !set(so).contains(vm, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn isdisjoint(vm: &Vm, so: &PyRef, other: &PyRef) -> PyResult<bool> {
    let s = set(so);
    if so.is(other) {
        return Ok(s.is_empty());
    }
    if (other.type_is(&vm.g.set) || other.type_is(&vm.g.frozenset)) && is_anyset(other) {
        let o = set(other);
        let (big, small) = if o.len() > s.len() { (o, s) } else { (s, o) };
        for (h, k) in small.entries() {
            if big.contains_hashed(vm, &k, h)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        if s.contains(vm, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

// ---- methods -----------------------------------------------------------------------------

fn set_new(vm: &Vm, a: Args) -> PyResult {
    let cls = new_cls_arg(vm, &a, &vm.g.set)?;
    if a.has_keywords() && cls.is(&vm.g.set) {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    Ok(alloc(&cls, Set::new()))
}

fn set_init(vm: &Vm, a: Args) -> PyResult {
    if a.has_keywords() {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    let pos = a.positional();
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "set expected at most 1 argument, got {}",
            pos.len() - 1
        )));
    }
    let s = set(a.zelf());
    if !s.is_empty() {
        s.clear();
    }
    if let Some(it) = pos.get(1) {
        s.update(vm, it)?;
    }
    Ok(vm.none())
}

fn frozenset_new(vm: &Vm, a: Args) -> PyResult {
    let cls = new_cls_arg(vm, &a, &vm.g.frozenset)?;
    if a.has_keywords() && cls.is(&vm.g.frozenset) {
        return Err(vm.type_error("frozenset() takes no keyword arguments"));
    }
    let pos = a.positional();
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "frozenset expected at most 1 argument, got {}",
            pos.len() - 1
        )));
    }
    let iterable = pos.get(1);
    if let Some(it) = iterable
        && cls.is(&vm.g.frozenset)
        && it.type_is(&vm.g.frozenset)
    {
        return Ok(it.clone());
    }
    make_set(vm, &cls, iterable)
}

fn set_repr(vm: &Vm, a: Args) -> PyResult {
    let zelf = a.zelf();
    let name = &zelf.ty().name;
    let Some(_guard) = repr_enter(zelf) else {
        return Ok(vm.new_str(format!("{name}(...)")));
    };
    let s = set(zelf);
    if s.is_empty() {
        return Ok(vm.new_str(format!("{name}()")));
    }
    let keys = vm.new_list(s.to_vec());
    let r = vm.repr_string(&keys)?;
    let inner = &r[1..r.len() - 1];
    Ok(vm.new_str(if zelf.type_is(&vm.g.set) {
        format!("{{{inner}}}")
    } else {
        format!("{name}({{{inner}}})")
    }))
}

fn one_arg<'a>(vm: &Vm, a: &Args<'a>, name: &str) -> PyResult<&'a PyRef> {
    Ok(&a.check_pos(vm, name, 1, 1, 1)?[0])
}

fn set_len(vm: &Vm, a: Args) -> PyResult {
    wrapper_args(vm, &a, "__len__", 0)?;
    Ok(vm.new_int(set(a.zelf()).len() as i64))
}

fn set_contains(vm: &Vm, a: Args) -> PyResult {
    let key = &wrapper_args(vm, &a, "__contains__", 1)?[0];
    Ok(vm.bool(contains(vm, a.zelf(), key)?))
}

/// `key in s` for a set or frozenset (a set key is looked up as a
/// frozenset).
pub fn contains(vm: &Vm, s: &PyRef, key: &PyRef) -> PyResult<bool> {
    let s = set(s);
    with_frozen_fallback(vm, key, &|k| s.contains(vm, k))
}

fn set_iter(vm: &Vm, a: Args) -> PyResult {
    wrapper_args(vm, &a, "__iter__", 0)?;
    Ok(iterators::new_set_iter(vm, a.zelf().clone()))
}

fn set_add(vm: &Vm, a: Args) -> PyResult {
    let key = one_arg(vm, &a, "set.add")?;
    set(a.zelf()).add(vm, key.clone())?;
    Ok(vm.none())
}

fn set_remove(vm: &Vm, a: Args) -> PyResult {
    let key = one_arg(vm, &a, "set.remove")?;
    let s = set(a.zelf());
    if !with_frozen_fallback(vm, key, &|k| s.discard(vm, k))? {
        return Err(vm.key_error(key.clone()));
    }
    Ok(vm.none())
}

fn set_discard(vm: &Vm, a: Args) -> PyResult {
    let key = one_arg(vm, &a, "set.discard")?;
    let s = set(a.zelf());
    with_frozen_fallback(vm, key, &|k| s.discard(vm, k))?;
    Ok(vm.none())
}

fn set_pop(vm: &Vm, a: Args) -> PyResult {
    a.check_pos(vm, "set.pop", 1, 0, 0)?;
    set(a.zelf())
        .pop()
        .ok_or_else(|| vm.new_exc("KeyError", "pop from an empty set"))
}

fn set_clear(vm: &Vm, a: Args) -> PyResult {
    a.check_pos(vm, "set.clear", 1, 0, 0)?;
    set(a.zelf()).clear();
    Ok(vm.none())
}

fn set_copy(vm: &Vm, a: Args) -> PyResult {
    a.check_pos(vm, "copy", 1, 0, 0)?;
    copy_of(vm, a.zelf())
}

fn frozenset_copy(vm: &Vm, a: Args) -> PyResult {
    a.check_pos(vm, "copy", 1, 0, 0)?;
    if a.zelf().type_is(&vm.g.frozenset) {
        return Ok(a.zelf().clone());
    }
    copy_of(vm, a.zelf())
}

fn no_keywords(vm: &Vm, a: &Args, name: &str) -> PyResult<()> {
    if a.has_keywords() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

fn set_union(vm: &Vm, a: Args) -> PyResult {
    no_keywords(vm, &a, "set.union")?;
    let so = a.zelf();
    let result = copy_of(vm, so)?;
    for other in &a.args[1..] {
        if !so.is(other) {
            set(&result).update(vm, other)?;
        }
    }
    Ok(result)
}

fn set_update(vm: &Vm, a: Args) -> PyResult {
    no_keywords(vm, &a, "set.update")?;
    for other in &a.args[1..] {
        set(a.zelf()).update(vm, other)?;
    }
    Ok(vm.none())
}

fn set_intersection_multi(vm: &Vm, a: Args) -> PyResult {
    no_keywords(vm, &a, "set.intersection")?;
    let so = a.zelf();
    if a.args.len() == 1 {
        return copy_of(vm, so);
    }
    let mut result = so.clone();
    for other in &a.args[1..] {
        result = intersection(vm, &result, other)?;
    }
    Ok(result)
}

fn set_intersection_update(vm: &Vm, a: Args) -> PyResult {
    let tmp = set_intersection_multi(vm, a)?;
    if !tmp.is(a.zelf()) {
        set(a.zelf()).swap_with(set(&tmp));
    }
    Ok(vm.none())
}

fn set_difference_multi(vm: &Vm, a: Args) -> PyResult {
    no_keywords(vm, &a, "set.difference")?;
    let so = a.zelf();
    if a.args.len() == 1 {
        return copy_of(vm, so);
    }
    let result = difference(vm, so, &a.args[1])?;
    for other in &a.args[2..] {
        difference_update(vm, &result, other)?;
    }
    Ok(result)
}

fn set_difference_update(vm: &Vm, a: Args) -> PyResult {
    no_keywords(vm, &a, "set.difference_update")?;
    for other in &a.args[1..] {
        difference_update(vm, a.zelf(), other)?;
    }
    Ok(vm.none())
}

fn set_symmetric_difference(vm: &Vm, a: Args) -> PyResult {
    let other = one_arg(vm, &a, "symmetric_difference")?;
    symmetric_difference(vm, a.zelf(), other)
}

fn set_symmetric_difference_update(vm: &Vm, a: Args) -> PyResult {
    let other = one_arg(vm, &a, "symmetric_difference_update")?;
    symmetric_difference_update(vm, a.zelf(), other)?;
    Ok(vm.none())
}

fn set_issubset(vm: &Vm, a: Args) -> PyResult {
    let other = one_arg(vm, &a, "issubset")?;
    Ok(vm.bool(issubset(vm, a.zelf(), other)?))
}

fn set_issuperset(vm: &Vm, a: Args) -> PyResult {
    let other = one_arg(vm, &a, "issuperset")?;
    Ok(vm.bool(issuperset(vm, a.zelf(), other)?))
}

fn set_isdisjoint(vm: &Vm, a: Args) -> PyResult {
    let other = one_arg(vm, &a, "isdisjoint")?;
    Ok(vm.bool(isdisjoint(vm, a.zelf(), other)?))
}

/// A binary operator: both operands must be sets; `reflected` swaps them.
fn binop(vm: &Vm, a: Args, reflected: bool, f: fn(&Vm, &PyRef, &PyRef) -> PyResult) -> PyResult {
    let other = &wrapper_args(vm, &a, "operator", 1)?[0];
    if !is_anyset(other) {
        return Ok(vm.g.not_implemented.clone());
    }
    if reflected {
        f(vm, other, a.zelf())
    } else {
        f(vm, a.zelf(), other)
    }
}

/// An in-place operator of `set`.
fn inplace(vm: &Vm, a: Args, f: fn(&Vm, &PyRef, &PyRef) -> PyResult<()>) -> PyResult {
    let other = &wrapper_args(vm, &a, "operator", 1)?[0];
    if !is_anyset(other) {
        return Ok(vm.g.not_implemented.clone());
    }
    f(vm, a.zelf(), other)?;
    Ok(a.zelf().clone())
}

fn set_iand_impl(vm: &Vm, so: &PyRef, other: &PyRef) -> PyResult<()> {
    let tmp = intersection(vm, so, other)?;
    set(so).swap_with(set(&tmp));
    Ok(())
}

fn set_compare(vm: &Vm, a: Args, op: CmpOp) -> PyResult {
    let other = one_arg(vm, &a, op.dunder())?;
    let Some(o) = other.downcast::<Set>() else {
        return Ok(vm.g.not_implemented.clone());
    };
    let (v, s) = (a.zelf(), set(a.zelf()));
    let r = match op {
        CmpOp::Eq | CmpOp::Ne => {
            let (h1, h2) = (s.hash.get(), o.hash.get());
            let differ = s.len() != o.len() || (h1 != -1 && h2 != -1 && h1 != h2);
            let eq = !differ && issubset(vm, v, other)?;
            eq == (op == CmpOp::Eq)
        }
        CmpOp::Le => issubset(vm, v, other)?,
        CmpOp::Ge => issuperset(vm, v, other)?,
        CmpOp::Lt => s.len() < o.len() && issubset(vm, v, other)?,
        CmpOp::Gt => s.len() > o.len() && issuperset(vm, v, other)?,
    };
    Ok(vm.bool(r))
}

fn frozenset_hash(vm: &Vm, a: Args) -> PyResult {
    wrapper_args(vm, &a, "__hash__", 0)?;
    Ok(vm.new_int(set(a.zelf()).frozen_hash()))
}

fn set_reduce(vm: &Vm, a: Args) -> PyResult {
    a.check_pos(vm, "__reduce__", 1, 0, 0)?;
    let zelf = a.zelf();
    let keys = vm.new_list(set(zelf).to_vec());
    let state = match crate::objects::object::instance_dict(zelf) {
        Some(d) => d,
        None => vm.none(),
    };
    Ok(vm.new_tuple(vec![zelf.class(), vm.new_tuple(vec![keys]), state]))
}

fn set_sizeof(vm: &Vm, a: Args) -> PyResult {
    a.check_pos(vm, "__sizeof__", 1, 0, 0)?;
    Ok(vm.new_int(set(a.zelf()).sizeof() as i64))
}

fn fill_common(g: &Globals, t: &PyRef) {
    add_method(g, t, "__repr__", signature!("($self, /)"), set_repr);
    add_method(g, t, "__len__", signature!("($self, /)"), set_len);
    add_method(
        g,
        t,
        "__contains__",
        signature!(hidden "($self, y, /)"),
        set_contains,
    );
    add_method(g, t, "__iter__", signature!("($self, /)"), set_iter);
    add_method(g, t, "__eq__", signature!("($self, value, /)"), |vm, a| {
        set_compare(vm, a, CmpOp::Eq)
    });
    add_method(g, t, "__ne__", signature!("($self, value, /)"), |vm, a| {
        set_compare(vm, a, CmpOp::Ne)
    });
    add_method(g, t, "__lt__", signature!("($self, value, /)"), |vm, a| {
        set_compare(vm, a, CmpOp::Lt)
    });
    add_method(g, t, "__le__", signature!("($self, value, /)"), |vm, a| {
        set_compare(vm, a, CmpOp::Le)
    });
    add_method(g, t, "__gt__", signature!("($self, value, /)"), |vm, a| {
        set_compare(vm, a, CmpOp::Gt)
    });
    add_method(g, t, "__ge__", signature!("($self, value, /)"), |vm, a| {
        set_compare(vm, a, CmpOp::Ge)
    });
    add_method(g, t, "__and__", signature!("($self, value, /)"), |vm, a| {
        binop(vm, a, false, intersection)
    });
    add_method(
        g,
        t,
        "__rand__",
        signature!("($self, value, /)"),
        |vm, a| binop(vm, a, true, intersection),
    );
    add_method(g, t, "__or__", signature!("($self, value, /)"), |vm, a| {
        binop(vm, a, false, union_with)
    });
    add_method(g, t, "__ror__", signature!("($self, value, /)"), |vm, a| {
        binop(vm, a, true, union_with)
    });
    add_method(g, t, "__sub__", signature!("($self, value, /)"), |vm, a| {
        binop(vm, a, false, difference)
    });
    add_method(
        g,
        t,
        "__rsub__",
        signature!("($self, value, /)"),
        |vm, a| binop(vm, a, true, difference),
    );
    add_method(g, t, "__xor__", signature!("($self, value, /)"), |vm, a| {
        binop(vm, a, false, symmetric_difference)
    });
    add_method(
        g,
        t,
        "__rxor__",
        signature!("($self, value, /)"),
        |vm, a| binop(vm, a, true, symmetric_difference),
    );
    add_method(
        g,
        t,
        "union",
        signature!(hidden "($self, *others)"),
        set_union,
    );
    add_method(
        g,
        t,
        "intersection",
        signature!(hidden "($self, *others)"),
        set_intersection_multi,
    );
    add_method(
        g,
        t,
        "difference",
        signature!(hidden "($self, *others)"),
        set_difference_multi,
    );
    add_method(
        g,
        t,
        "symmetric_difference",
        signature!(hidden "($self, object, /)"),
        set_symmetric_difference,
    );
    add_method(
        g,
        t,
        "issubset",
        signature!(hidden "($self, object, /)"),
        set_issubset,
    );
    add_method(
        g,
        t,
        "issuperset",
        signature!(hidden "($self, object, /)"),
        set_issuperset,
    );
    add_method(
        g,
        t,
        "isdisjoint",
        signature!(hidden "($self, object, /)"),
        set_isdisjoint,
    );
    add_method(
        g,
        t,
        "__reduce__",
        signature!(hidden "($self, /)"),
        set_reduce,
    );
    add_method(
        g,
        t,
        "__sizeof__",
        signature!(hidden "($self, /)"),
        set_sizeof,
    );
    add_class_getitem(g, t);
}

pub fn fill(g: &Globals) {
    let t = &g.set;
    fill_common(g, t);
    add_static(
        g,
        t,
        "__new__",
        signature!("($type, *args, **kwargs)"),
        set_new,
    );
    add_method(
        g,
        t,
        "__init__",
        signature!("($self, /, *args, **kwargs)"),
        set_init,
    );
    add_method(
        g,
        t,
        "add",
        signature!(hidden "($self, object, /)"),
        set_add,
    );
    add_method(
        g,
        t,
        "remove",
        signature!(hidden "($self, object, /)"),
        set_remove,
    );
    add_method(
        g,
        t,
        "discard",
        signature!(hidden "($self, object, /)"),
        set_discard,
    );
    add_method(g, t, "pop", signature!(hidden "($self, /)"), set_pop);
    add_method(g, t, "clear", signature!(hidden "($self, /)"), set_clear);
    add_method(g, t, "copy", signature!(hidden "($self, /)"), set_copy);
    add_method(
        g,
        t,
        "update",
        signature!(hidden "($self, *others)"),
        set_update,
    );
    add_method(
        g,
        t,
        "intersection_update",
        signature!(hidden "($self, *others)"),
        set_intersection_update,
    );
    add_method(
        g,
        t,
        "difference_update",
        signature!(hidden "($self, *others)"),
        set_difference_update,
    );
    add_method(
        g,
        t,
        "symmetric_difference_update",
        signature!(hidden "($self, object, /)"),
        set_symmetric_difference_update,
    );
    add_method(g, t, "__ior__", signature!("($self, value, /)"), |vm, a| {
        inplace(vm, a, |vm, s, o| set(s).update(vm, o))
    });
    add_method(
        g,
        t,
        "__iand__",
        signature!("($self, value, /)"),
        |vm, a| inplace(vm, a, set_iand_impl),
    );
    add_method(
        g,
        t,
        "__isub__",
        signature!("($self, value, /)"),
        |vm, a| inplace(vm, a, difference_update),
    );
    add_method(
        g,
        t,
        "__ixor__",
        signature!("($self, value, /)"),
        |vm, a| inplace(vm, a, symmetric_difference_update),
    );
    set_type_attr(g, t, "__hash__", g.none.clone());
    crate::objects::add_doc(
        g,
        t,
        "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements.",
    );

    let f = &g.frozenset;
    fill_common(g, f);
    add_static(
        g,
        f,
        "__new__",
        signature!("($type, *args, **kwargs)"),
        frozenset_new,
    );
    add_method(
        g,
        f,
        "copy",
        signature!(hidden "($self, /)"),
        frozenset_copy,
    );
    add_method(g, f, "__hash__", signature!("($self, /)"), frozenset_hash);
    crate::objects::add_doc(
        g,
        f,
        "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an immutable unordered collection of unique elements.",
    );
}

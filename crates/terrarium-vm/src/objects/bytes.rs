//! `bytes`, `bytearray` and `memoryview`, and the decoding half of the
//! native codecs (`bytes.decode`, `str(b, encoding)`).
//!
//! Most methods are shared by `bytes` and `bytearray`: they read the
//! receiver's contents (a copy for a bytearray, so that no borrow is held
//! while Python code runs) and build a result of the receiver's base type.
//! A `memoryview` is a one-dimensional view with format 'B', 'b' or 'c'
//! over a bytes or bytearray; while one is alive, its bytearray cannot be
//! resized (CPython's buffer exports).

use std::borrow::Cow;
use std::cell::{Cell, Ref, RefCell};

use terrarium_format::{Conversion, Piece, PrintfParser, python_bytes_repr};

use crate::error::PyResult;
use crate::globals::Globals;
use crate::memory::Reserve;
use crate::object::{Payload, PyRef, alloc};
use crate::objects::int::Int;
use crate::objects::list::{reflected_or_error, repeat_count, resolve_index};
use crate::objects::native::Args;
use crate::objects::slice::{Slice, adjust_indices, has_index};
use crate::objects::str::{as_str, str_payload};
use crate::objects::str_methods::{
    Codec, Endian, PercentArgs, PercentError, adjust, c_int_arg, clinic_args, codec_fallback,
    getargs, kw_args, lookup_codec, opt_str_arg, percent_float, percent_int, repeat_bytes,
    search_bound, ssize_arg, unknown_handler, wrapper_args,
};
use crate::objects::tuple::Tuple;
use crate::objects::typeobject::{is_subtype, lookup};
use crate::objects::{add_classmethod, add_doc, add_getset, add_method, add_static};
use crate::vm::Vm;

// ---- payloads ---------------------------------------------------------------

/// An immutable byte string with its hash cached once computed.
pub struct Bytes {
    data: Box<[u8]>,
    hash: Cell<i64>,
}

impl Payload for Bytes {
    const LEAF: bool = true;
}

impl Bytes {
    pub fn new(v: Vec<u8>) -> Bytes {
        Bytes {
            data: v.into_boxed_slice(),
            hash: Cell::new(-1),
        }
    }

    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        &self.data
    }

    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = crate::hashing::hash_bytes(&self.data);
        self.hash.set(h);
        h
    }
}

/// A mutable byte string. `exports` counts the live memoryviews over it,
/// which forbid resizing.
pub struct ByteArray {
    data: RefCell<Vec<u8>>,
    exports: Cell<usize>,
}

impl Payload for ByteArray {}

impl ByteArray {
    pub fn new(v: Vec<u8>) -> ByteArray {
        ByteArray {
            data: RefCell::new(v),
            exports: Cell::new(0),
        }
    }

    pub fn to_vec(&self) -> Vec<u8> {
        self.data.borrow().clone()
    }

    pub fn borrow(&self) -> Ref<'_, Vec<u8>> {
        self.data.borrow()
    }

    pub fn len(&self) -> usize {
        self.data.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn check_resizable(&self, vm: &Vm) -> PyResult<()> {
        if self.exports.get() > 0 {
            return Err(vm.new_exc(
                "BufferError",
                "Existing exports of data: object cannot be re-sized",
            ));
        }
        Ok(())
    }

    /// Replaces the contents; a change of size needs no live exports.
    fn set(&self, vm: &Vm, v: Vec<u8>) -> PyResult<()> {
        if v.len() != self.len() {
            self.check_resizable(vm)?;
        }
        *self.data.borrow_mut() = v;
        Ok(())
    }
}

/// A one-dimensional view of a bytes or bytearray: items
/// `start, start + step, ...` (`len` of them) of `obj`.
pub struct MemoryView {
    obj: PyRef,
    start: usize,
    len: usize,
    step: isize,
    readonly: bool,
    /// 'B' (unsigned), 'b' (signed) or 'c' (bytes of length 1).
    format: u8,
    released: Cell<bool>,
}

impl Payload for MemoryView {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.obj);
    }
}

impl Drop for MemoryView {
    fn drop(&mut self) {
        if !self.released.get() {
            unexport(&self.obj);
        }
    }
}

fn export(obj: &PyRef) {
    if let Some(ba) = obj.downcast::<ByteArray>() {
        ba.exports.set(ba.exports.get() + 1);
    }
}

fn unexport(obj: &PyRef) {
    if let Some(ba) = obj.downcast::<ByteArray>() {
        ba.exports.set(ba.exports.get().saturating_sub(1));
    }
}

impl MemoryView {
    fn check(&self, vm: &Vm) -> PyResult<()> {
        if self.released.get() {
            return Err(vm.value_error("operation forbidden on released memoryview object"));
        }
        Ok(())
    }

    /// The viewed bytes, in view order.
    fn contents(&self) -> Vec<u8> {
        with_source(&self.obj, |src| {
            (0..self.len)
                .map(|k| {
                    src.get((self.start as isize + k as isize * self.step) as usize)
                        .copied()
                        .unwrap_or(0)
                })
                .collect()
        })
    }

    fn item(&self, vm: &Vm, byte: u8) -> PyRef {
        match self.format {
            b'b' => vm.new_int(byte as i8 as i64),
            b'c' => new_bytes(vm, vec![byte]),
            _ => vm.new_int(byte as i64),
        }
    }
}

/// Runs `f` on the bytes of a bytes or bytearray.
fn with_source<R>(obj: &PyRef, f: impl FnOnce(&[u8]) -> R) -> R {
    if let Some(b) = obj.downcast::<Bytes>() {
        return f(b.as_bytes());
    }
    match obj.downcast::<ByteArray>() {
        Some(ba) => f(&ba.borrow()),
        None => f(&[]),
    }
}

// ---- helpers other files use ------------------------------------------------

pub fn new_bytes(vm: &Vm, v: Vec<u8>) -> PyRef {
    alloc(&vm.g.bytes, Bytes::new(v))
}

pub fn new_bytearray(vm: &Vm, v: Vec<u8>) -> PyRef {
    alloc(&vm.g.bytearray, ByteArray::new(v))
}

/// The contents of a bytes-like object (bytes, bytearray, memoryview).
pub fn bytes_like(_vm: &Vm, o: &PyRef) -> Option<Vec<u8>> {
    buffer(o).map(Cow::into_owned)
}

/// The contents of a bytes-like object, borrowed when it is immutable.
pub fn buffer(o: &PyRef) -> Option<Cow<'_, [u8]>> {
    if let Some(b) = o.downcast::<Bytes>() {
        return Some(Cow::Borrowed(b.as_bytes()));
    }
    if let Some(ba) = o.downcast::<ByteArray>() {
        return Some(Cow::Owned(ba.to_vec()));
    }
    match o.downcast::<MemoryView>() {
        Some(m) if !m.released.get() => Some(Cow::Owned(m.contents())),
        _ => None,
    }
}

/// Byte `i` of a bytes, bytearray or memoryview (for iterators).
pub fn byte_at(o: &PyRef, i: usize) -> Option<u8> {
    if let Some(m) = o.downcast::<MemoryView>() {
        if m.released.get() || i >= m.len {
            return None;
        }
        let pos = (m.start as isize + i as isize * m.step) as usize;
        return with_source(&m.obj, |s| s.get(pos).copied());
    }
    with_source(o, |s| s.get(i).copied())
}

/// Whether `buffer` gives the bytes of `o`, without copying them.
fn is_buffer(o: &PyRef) -> bool {
    o.downcast::<Bytes>().is_some()
        || o.downcast::<ByteArray>().is_some()
        || o.downcast::<MemoryView>()
            .is_some_and(|m| !m.released.get())
}

/// The length of a bytes, bytearray or memoryview.
pub fn byte_len(o: &PyRef) -> usize {
    match o.downcast::<MemoryView>() {
        Some(m) if m.released.get() => 0,
        Some(m) => m.len,
        None => with_source(o, <[u8]>::len),
    }
}

// ---- receiver handling ------------------------------------------------------

fn is_bytearray(o: &PyRef) -> bool {
    o.downcast::<ByteArray>().is_some()
}

fn tname(o: &PyRef) -> &'static str {
    if is_bytearray(o) {
        "bytearray"
    } else {
        "bytes"
    }
}

/// The receiver's contents.
fn data(o: &PyRef) -> Cow<'_, [u8]> {
    if let Some(b) = o.downcast::<Bytes>() {
        return Cow::Borrowed(b.as_bytes());
    }
    Cow::Owned(
        o.downcast::<ByteArray>()
            .map(ByteArray::to_vec)
            .unwrap_or_default(),
    )
}

/// A result of the receiver's base type.
fn make(vm: &Vm, like: &PyRef, v: Vec<u8>) -> PyRef {
    if is_bytearray(like) {
        new_bytearray(vm, v)
    } else {
        new_bytes(vm, v)
    }
}

/// A result that is a part of the receiver's contents: the receiver itself
/// when it is an exact bytes and the part is all of it, as in CPython.
fn make_or_same(vm: &Vm, zelf: &PyRef, v: &[u8]) -> PyRef {
    if let Some(b) = zelf.downcast::<Bytes>()
        && zelf.type_is(&vm.g.bytes)
        && std::ptr::eq(v, b.as_bytes())
    {
        return zelf.clone();
    }
    make(vm, zelf, v.to_vec())
}

/// A bytes-like argument: "a bytes-like object is required, not 'str'".
fn buffer_arg<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<Cow<'a, [u8]>> {
    buffer(o).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            o.ty().name
        ))
    })
}

/// An integer in range(256).
fn byte_value(vm: &Vm, o: &PyRef) -> PyResult<u8> {
    let i = vm.index(o)?;
    match i.downcast::<Int>().and_then(Int::to_i64) {
        Some(v) if (0..256).contains(&v) => Ok(v as u8),
        _ => Err(vm.value_error("byte must be in range(0, 256)")),
    }
}

/// The needle of `find`, `count`, `index`, `in`: an int or bytes-like.
fn needle_arg<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<Cow<'a, [u8]>> {
    if let Some(b) = buffer(o) {
        return Ok(b);
    }
    if has_index(o) {
        return Ok(Cow::Owned(vec![byte_value(vm, o)?]));
    }
    Err(vm.type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        o.ty().name
    )))
}

fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle.len() {
        0 => Some(0),
        1 => hay.iter().position(|b| *b == needle[0]),
        n if n > hay.len() => None,
        n => hay.windows(n).position(|w| w == needle),
    }
}

fn rfind_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle.len() {
        0 => Some(hay.len()),
        1 => hay.iter().rposition(|b| *b == needle[0]),
        n if n > hay.len() => None,
        n => hay.windows(n).rposition(|w| w == needle),
    }
}

fn count_bytes(hay: &[u8], needle: &[u8]) -> usize {
    if needle.is_empty() {
        return hay.len() + 1;
    }
    let mut n = 0;
    let mut rest = hay;
    while let Some(i) = find_bytes(rest, needle) {
        n += 1;
        rest = &rest[i + needle.len()..];
    }
    n
}

/// Python's `isspace` for bytes.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

// ---- construction -----------------------------------------------------------

/// The byte values of an iterable of integers.
/// `not_iterable` is the TypeError message when `o` is not iterable.
fn bytes_from_iterable(
    vm: &Vm,
    o: &PyRef,
    range_msg: &str,
    not_iterable: String,
) -> PyResult<Vec<u8>> {
    let items = if o.type_is(&vm.g.list) || o.type_is(&vm.g.tuple) {
        vm.to_vec(o)?
    } else {
        let it = match vm.iter(o) {
            Ok(it) => it,
            Err(e) if vm.err_matches(&e, "TypeError") => {
                return Err(vm.type_error(not_iterable));
            }
            Err(e) => return Err(e),
        };
        let mut v = Vec::new();
        while let Some(x) = vm.next(&it)? {
            v.push(x);
        }
        v
    };
    let mut out = Vec::new();
    out.reserve_exact_or_raise(vm, items.len())?;
    for item in &items {
        let i = vm.index(item)?;
        match i.downcast::<Int>().and_then(Int::to_i64) {
            Some(v) if (0..256).contains(&v) => out.push(v as u8),
            _ => return Err(vm.value_error(range_msg)),
        }
    }
    Ok(out)
}

fn cannot_convert(o: &PyRef, what: &str) -> String {
    format!("cannot convert '{}' object to {what}", o.ty().name)
}

/// `count` zero bytes, for `bytes(n)` / `bytearray(n)`.
fn zeros(vm: &Vm, n: &PyRef) -> PyResult<Vec<u8>> {
    let count = vm.index_isize(n, Some("OverflowError"))?;
    if count < 0 {
        return Err(vm.value_error("negative count"));
    }
    let mut v = Vec::new();
    v.reserve_exact_or_raise(vm, count as usize)?;
    v.resize(count as usize, 0);
    Ok(v)
}

fn encode_arg(vm: &Vm, s: &PyRef, encoding: &str, errors: Option<&str>) -> PyResult<Vec<u8>> {
    let r =
        crate::objects::str_methods::encode_object(vm, s, encoding, errors.unwrap_or("strict"))?;
    Ok(data(&r).into_owned())
}

fn bytes_new(vm: &Vm, a: Args) -> PyResult {
    let cls = crate::objects::list::new_cls_arg(vm, &a, &vm.g.bytes)?;
    let [source, encoding, errors] = kw_args(vm, &a, 1, "bytes", ["source", "encoding", "errors"])?;
    let enc = opt_str_arg(vm, &encoding, "bytes", "encoding")?;
    let err = opt_str_arg(vm, &errors, "bytes", "errors")?;
    let v = match source {
        None => {
            if enc.is_some() {
                return Err(vm.type_error("encoding without a string argument"));
            }
            if err.is_some() {
                return Err(vm.type_error("errors without a string argument"));
            }
            if cls.is(&vm.g.bytes) {
                return Ok(new_bytes(vm, Vec::new()));
            }
            Vec::new()
        }
        Some(x) => {
            if let Some(enc) = enc {
                if str_payload(&x).is_none() {
                    return Err(vm.type_error("encoding without a string argument"));
                }
                encode_arg(vm, &x, enc, err)?
            } else if err.is_some() {
                return Err(vm.type_error(if str_payload(&x).is_some() {
                    "string argument without an encoding"
                } else {
                    "errors without a string argument"
                }));
            } else if let Some(r) = special_bytes(vm, &x)? {
                if cls.is(&vm.g.bytes) && r.type_is(&vm.g.bytes) {
                    return Ok(r);
                }
                data(&r).into_owned()
            } else if str_payload(&x).is_some() {
                return Err(vm.type_error("string argument without an encoding"));
            } else if let Some(n) = index_of(vm, &x)? {
                zeros(vm, &n)?
            } else if let Some(b) = buffer(&x) {
                b.into_owned()
            } else {
                bytes_from_iterable(
                    vm,
                    &x,
                    "bytes must be in range(0, 256)",
                    cannot_convert(&x, "bytes"),
                )?
            }
        }
    };
    Ok(alloc(&cls, Bytes::new(v)))
}

/// `x.__index__()` for an object that has one; `None` when it has none or
/// it fails with TypeError (CPython then treats `x` as an iterable).
fn index_of(vm: &Vm, x: &PyRef) -> PyResult<Option<PyRef>> {
    if !has_index(x) {
        return Ok(None);
    }
    match vm.index(x) {
        Ok(i) => Ok(Some(i)),
        Err(e) if vm.err_matches(&e, "TypeError") => Ok(None),
        Err(e) => Err(e),
    }
}

/// `x.__bytes__()`, if its type defines it; the result must be bytes.
fn special_bytes(vm: &Vm, x: &PyRef) -> PyResult<Option<PyRef>> {
    let Some(r) = vm.call_special(x, "__bytes__", &[])? else {
        return Ok(None);
    };
    if r.downcast::<Bytes>().is_none() {
        return Err(vm.type_error(format!(
            "__bytes__ returned non-bytes (type {})",
            r.ty().name
        )));
    }
    Ok(Some(r))
}

fn bytearray_new(vm: &Vm, a: Args) -> PyResult {
    let cls = crate::objects::list::new_cls_arg(vm, &a, &vm.g.bytearray)?;
    Ok(alloc(&cls, ByteArray::new(Vec::new())))
}

fn bytearray_init(vm: &Vm, a: Args) -> PyResult {
    let zelf = a.zelf();
    let ba = zelf.downcast::<ByteArray>().expect("bytearray");
    let [source, encoding, errors] =
        kw_args(vm, &a, 1, "bytearray", ["source", "encoding", "errors"])?;
    let enc = opt_str_arg(vm, &encoding, "bytearray", "encoding")?;
    let err = opt_str_arg(vm, &errors, "bytearray", "errors")?;
    if !ba.is_empty() {
        ba.set(vm, Vec::new())?;
    }
    let Some(x) = source else {
        if enc.is_some() || err.is_some() {
            return Err(vm.type_error("encoding or errors without sequence argument"));
        }
        return Ok(vm.none());
    };
    let v = if str_payload(&x).is_some() {
        let Some(enc) = enc else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        encode_arg(vm, &x, enc, err)?
    } else if enc.is_some() || err.is_some() {
        return Err(vm.type_error("encoding or errors without a string argument"));
    } else if let Some(n) = index_of(vm, &x)? {
        zeros(vm, &n)?
    } else if let Some(b) = buffer(&x) {
        b.into_owned()
    } else {
        bytes_from_iterable(
            vm,
            &x,
            "byte must be in range(0, 256)",
            cannot_convert(&x, "bytearray"),
        )?
    };
    ba.set(vm, v)?;
    Ok(vm.none())
}

fn hex_value(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

fn fromhex(vm: &Vm, a: Args) -> PyResult {
    let cls = a.zelf().clone();
    let base_is_bytearray = is_subtype(&cls, &vm.g.bytearray);
    let tn = if base_is_bytearray {
        "bytearray"
    } else {
        "bytes"
    };
    let arg = &clinic_args(vm, &a, tn, "fromhex", 1, 1)?[0];
    let Some(s) = str_payload(arg) else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            arg.ty().name
        )));
    };
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    let bad = |pos: usize| {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))
    };
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() || chars[i] == '\x0b' {
            i += 1;
            continue;
        }
        let hi = chars[i]
            .is_ascii()
            .then(|| hex_value(chars[i] as u8))
            .flatten()
            .ok_or_else(|| bad(i))?;
        let lo = chars
            .get(i + 1)
            .filter(|c| c.is_ascii())
            .and_then(|c| hex_value(*c as u8))
            .ok_or_else(|| bad(i + 1))?;
        out.push(hi * 16 + lo);
        i += 2;
    }
    let base = if base_is_bytearray {
        new_bytearray(vm, out)
    } else {
        new_bytes(vm, out)
    };
    if cls.is(&vm.g.bytes) || cls.is(&vm.g.bytearray) {
        return Ok(base);
    }
    vm.call1(&cls, base)
}

/// `hex(sep=None, bytes_per_sep=1)` of bytes, bytearray and memoryview.
fn hex_impl(vm: &Vm, a: &Args, bytes: &[u8]) -> PyResult {
    let [sep, per] = kw_args(vm, a, 1, "hex", ["sep", "bytes_per_sep"])?;
    let per = match &per {
        Some(p) => c_int_arg(vm, p)?,
        None => 1,
    };
    let sep = match sep.as_ref().filter(|s| !vm.is_none(s)) {
        None => None,
        Some(s) => {
            let chars: Vec<char> = if let Some(t) = str_payload(s) {
                t.as_str().chars().collect()
            } else if let Some(b) = buffer(s) {
                b.iter().map(|c| *c as char).collect()
            } else {
                return Err(vm.type_error(format!("object of type '{}' has no len()", s.ty().name)));
            };
            if chars.len() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            if !chars[0].is_ascii() {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(chars[0])
        }
    };
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 3);
    let group = per.unsigned_abs() as usize;
    for (i, b) in bytes.iter().enumerate() {
        if let Some(sep) = sep
            && i > 0
            && group > 0
        {
            // Groups are counted from the right unless bytes_per_sep is
            // negative.
            let boundary = if per > 0 {
                (bytes.len() - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if boundary {
                out.push(sep);
            }
        }
        out.push(DIGITS[(b >> 4) as usize] as char);
        out.push(DIGITS[(b & 15) as usize] as char);
    }
    Ok(vm.new_str(out))
}

fn bytes_hex(vm: &Vm, a: Args) -> PyResult {
    let d = data(a.zelf()).into_owned();
    hex_impl(vm, &a, &d)
}

// ---- decoding ---------------------------------------------------------------

/// Applies an error handler while decoding `data`.
struct Decoder<'a> {
    vm: &'a Vm,
    /// The object being decoded, for the exception (bytes-like).
    obj: &'a PyRef,
    data: &'a [u8],
    errors: &'a str,
    /// False when more data may follow (incremental decoding): a sequence
    /// cut short at the end is then left undecoded instead of an error.
    is_final: bool,
}

impl Decoder<'_> {
    fn fail(
        &self,
        out: &mut String,
        codec: &str,
        start: usize,
        end: usize,
        reason: &str,
    ) -> PyResult<()> {
        let vm = self.vm;
        match self.errors {
            // A str cannot hold the lone surrogates these handlers would
            // produce, so they fail like strict.
            "strict" | "surrogateescape" | "surrogatepass" => {
                let obj = if self.obj.type_is(&vm.g.bytes) {
                    self.obj.clone()
                } else {
                    new_bytes(vm, self.data.to_vec())
                };
                let ty = vm.g.exc("UnicodeDecodeError").clone();
                Err(vm.new_exc_args(
                    &ty,
                    vec![
                        vm.new_str(codec),
                        obj,
                        vm.new_int(start as i64),
                        vm.new_int(end as i64),
                        vm.new_str(reason),
                    ],
                ))
            }
            "ignore" => Ok(()),
            "replace" => {
                out.push('\u{fffd}');
                Ok(())
            }
            "backslashreplace" => {
                for b in &self.data[start..end] {
                    out.push_str(&format!("\\x{b:02x}"));
                }
                Ok(())
            }
            other => Err(unknown_handler(vm, other)),
        }
    }

    fn utf8(&self, out: &mut String) -> PyResult<usize> {
        let mut offset = 0;
        loop {
            let rest = &self.data[offset..];
            match std::str::from_utf8(rest) {
                Ok(s) => {
                    out.push_str(s);
                    return Ok(self.data.len());
                }
                Err(e) => {
                    let valid = e.valid_up_to();
                    out.push_str(std::str::from_utf8(&rest[..valid]).expect("validated prefix"));
                    let start = offset + valid;
                    let (end, reason) = match e.error_len() {
                        Some(n) => {
                            let first = rest[valid];
                            let reason = if matches!(first, 0x80..=0xc1 | 0xf5..=0xff) {
                                "invalid start byte"
                            } else {
                                "invalid continuation byte"
                            };
                            (start + n, reason)
                        }
                        None if !self.is_final => return Ok(start),
                        None => (self.data.len(), "unexpected end of data"),
                    };
                    self.fail(out, "utf-8", start, end, reason)?;
                    offset = end;
                }
            }
        }
    }

    fn ascii(&self, out: &mut String) -> PyResult<usize> {
        for (i, &b) in self.data.iter().enumerate() {
            if b < 0x80 {
                out.push(b as char);
            } else {
                self.fail(out, "ascii", i, i + 1, "ordinal not in range(128)")?;
            }
        }
        Ok(self.data.len())
    }

    fn utf16(&self, out: &mut String, endian: Endian) -> PyResult<usize> {
        let d = self.data;
        let (mut i, little) = match endian {
            Endian::Native if d.starts_with(&[0xff, 0xfe]) => (2, true),
            Endian::Native if d.starts_with(&[0xfe, 0xff]) => (2, false),
            Endian::Big => (0, false),
            _ => (0, true),
        };
        let name = if little { "utf-16-le" } else { "utf-16-be" };
        let unit = |k: usize| -> u16 {
            let pair = [d[k], d[k + 1]];
            if little {
                u16::from_le_bytes(pair)
            } else {
                u16::from_be_bytes(pair)
            }
        };
        while i < d.len() {
            if i + 1 >= d.len() {
                if !self.is_final {
                    return Ok(i);
                }
                self.fail(out, name, i, d.len(), "truncated data")?;
                break;
            }
            let u = unit(i);
            match u {
                0xd800..=0xdbff => {
                    if i + 3 >= d.len() {
                        if !self.is_final {
                            return Ok(i);
                        }
                        self.fail(out, name, i, d.len(), "unexpected end of data")?;
                        break;
                    }
                    let u2 = unit(i + 2);
                    if (0xdc00..=0xdfff).contains(&u2) {
                        let cp = 0x10000 + (((u as u32) - 0xd800) << 10) + ((u2 as u32) - 0xdc00);
                        out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
                        i += 4;
                    } else {
                        self.fail(out, name, i, i + 2, "illegal UTF-16 surrogate")?;
                        i += 2;
                    }
                }
                0xdc00..=0xdfff => {
                    self.fail(out, name, i, i + 2, "illegal encoding")?;
                    i += 2;
                }
                _ => {
                    out.push(char::from_u32(u as u32).unwrap_or('\u{fffd}'));
                    i += 2;
                }
            }
        }
        Ok(d.len())
    }

    fn utf32(&self, out: &mut String, endian: Endian) -> PyResult<usize> {
        let d = self.data;
        let (mut i, little) = match endian {
            Endian::Native if d.starts_with(&[0xff, 0xfe, 0, 0]) => (4, true),
            Endian::Native if d.starts_with(&[0, 0, 0xfe, 0xff]) => (4, false),
            Endian::Big => (0, false),
            _ => (0, true),
        };
        let name = if little { "utf-32-le" } else { "utf-32-be" };
        while i < d.len() {
            if i + 4 > d.len() {
                if !self.is_final {
                    return Ok(i);
                }
                self.fail(out, name, i, d.len(), "truncated data")?;
                break;
            }
            let quad = [d[i], d[i + 1], d[i + 2], d[i + 3]];
            let cp = if little {
                u32::from_le_bytes(quad)
            } else {
                u32::from_be_bytes(quad)
            };
            match char::from_u32(cp) {
                Some(c) => out.push(c),
                None if cp > 0x10ffff => {
                    self.fail(out, name, i, i + 4, "code point not in range(0x110000)")?
                }
                None => self.fail(
                    out,
                    name,
                    i,
                    i + 4,
                    "code point in surrogate code point range(0xd800, 0xe000)",
                )?,
            }
            i += 4;
        }
        Ok(d.len())
    }
}

/// Decodes `data` (the contents of `obj`) with a native codec.
pub fn decode_bytes(
    vm: &Vm,
    obj: &PyRef,
    data: &[u8],
    codec: Codec,
    errors: &str,
) -> PyResult<String> {
    decode_partial(vm, obj, data, codec, errors, true).map(|(s, _)| s)
}

/// Decodes as much of `data` as forms complete characters when `is_final`
/// is false (the `final` argument of `_codecs.utf_8_decode` and friends);
/// returns the text and the number of bytes consumed.
pub fn decode_partial(
    vm: &Vm,
    obj: &PyRef,
    data: &[u8],
    codec: Codec,
    errors: &str,
    is_final: bool,
) -> PyResult<(String, usize)> {
    let mut out = String::new();
    out.reserve_or_raise(vm, data.len())?;
    let d = Decoder {
        vm,
        obj,
        data,
        errors,
        is_final,
    };
    let consumed = match codec {
        Codec::Utf8 => d.utf8(&mut out)?,
        Codec::Ascii => d.ascii(&mut out)?,
        Codec::Latin1 => {
            out.extend(data.iter().map(|b| *b as char));
            data.len()
        }
        Codec::Utf16(e) => d.utf16(&mut out, e)?,
        Codec::Utf32(e) => d.utf32(&mut out, e)?,
    };
    Ok((out, consumed))
}

/// `obj.decode(encoding, errors)` for a bytes-like `obj` whose contents are
/// `data`: the native codecs, or the `codecs` module for the others.
pub fn decode_object(vm: &Vm, obj: &PyRef, data: &[u8], encoding: &str, errors: &str) -> PyResult {
    match lookup_codec(encoding) {
        Some(codec) => Ok(vm.new_str(decode_bytes(vm, obj, data, codec, errors)?)),
        None => codec_fallback(vm, true, obj, encoding, errors),
    }
}

fn bytes_decode(vm: &Vm, a: Args) -> PyResult {
    let [encoding, errors] = kw_args(vm, &a, 1, "decode", ["encoding", "errors"])?;
    let enc = opt_str_arg(vm, &encoding, "decode", "encoding")?.unwrap_or("utf-8");
    let err = opt_str_arg(vm, &errors, "decode", "errors")?.unwrap_or("strict");
    let zelf = a.zelf();
    let d = data(zelf);
    decode_object(vm, zelf, &d, enc, err)
}

// ---- special methods --------------------------------------------------------

fn bytes_repr(vm: &Vm, a: Args) -> PyResult {
    wrapper_args(vm, &a, "__repr__", 0)?;
    let zelf = a.zelf();
    let d = data(zelf);
    if is_bytearray(zelf) {
        return Ok(vm.new_str(format!("{}({})", zelf.ty().name, bytearray_literal(&d))));
    }
    Ok(vm.new_str(python_bytes_repr(&d)))
}

/// The `b'...'` inside a bytearray's repr. It differs from a bytes repr in
/// one detail CPython has always had: a single quote is escaped even inside
/// double quotes.
fn bytearray_literal(d: &[u8]) -> String {
    let quote = if d.contains(&b'\'') && !d.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(d.len() + 3);
    out.push('b');
    out.push(quote);
    for &b in d {
        match b {
            b'\'' | b'\\' => {
                out.push('\\');
                out.push(b as char);
            }
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b' '..=b'~' => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote);
    out
}

fn bytes_hash(vm: &Vm, a: Args) -> PyResult {
    wrapper_args(vm, &a, "__hash__", 0)?;
    Ok(vm.new_int(a.zelf().downcast::<Bytes>().expect("bytes").hash()))
}

fn bytes_len(vm: &Vm, a: Args) -> PyResult {
    wrapper_args(vm, &a, "__len__", 0)?;
    Ok(vm.new_int(byte_len(a.zelf()) as i64))
}

fn bytes_getitem(vm: &Vm, a: Args) -> PyResult {
    let key = &wrapper_args(vm, &a, "__getitem__", 1)?[0];
    let zelf = a.zelf();
    let d = data(zelf);
    if let Some(sl) = key.downcast::<Slice>() {
        let (start, _, step, n) = sl.indices(vm, d.len())?;
        let v: Vec<u8> = if step == 1 {
            d[start as usize..start as usize + n].to_vec()
        } else {
            (0..n)
                .map(|k| d[(start + k as isize * step) as usize])
                .collect()
        };
        return Ok(make_or_same(vm, zelf, &v));
    }
    let what = if is_bytearray(zelf) {
        "bytearray"
    } else {
        "byte"
    };
    if !has_index(key) {
        return Err(vm.type_error(format!(
            "{what} indices must be integers or slices, not {}",
            key.ty().name
        )));
    }
    let i = vm.index_isize(key, Some("IndexError"))?;
    match resolve_index(i, d.len()) {
        Some(i) => Ok(vm.new_int(d[i] as i64)),
        None if is_bytearray(zelf) => Err(vm.index_error("bytearray index out of range")),
        None => Err(vm.index_error("index out of range")),
    }
}

fn bytes_contains(vm: &Vm, a: Args) -> PyResult {
    let item = &wrapper_args(vm, &a, "__contains__", 1)?[0];
    let needle = needle_arg(vm, item)?;
    Ok(vm.bool(find_bytes(&data(a.zelf()), &needle).is_some()))
}

fn bytes_iter(vm: &Vm, a: Args) -> PyResult {
    wrapper_args(vm, &a, "__iter__", 0)?;
    Ok(crate::objects::iterators::new_bytes_iter(
        vm,
        a.zelf().clone(),
    ))
}

fn bytes_add(vm: &Vm, a: Args) -> PyResult {
    let other = &wrapper_args(vm, &a, "__add__", 1)?[0];
    let zelf = a.zelf();
    let Some(o) = buffer(other) else {
        return reflected_or_error(
            vm,
            other,
            "__radd__",
            format!("can't concat {} to {}", other.ty().name, zelf.ty().name),
        );
    };
    let d = data(zelf);
    if o.is_empty() && zelf.type_is(&vm.g.bytes) {
        return Ok(zelf.clone());
    }
    let mut v = Vec::new();
    v.reserve_exact_or_raise(vm, d.len() + o.len())?;
    v.extend_from_slice(&d);
    v.extend_from_slice(&o);
    Ok(make(vm, zelf, v))
}

fn repeat(vm: &Vm, zelf: &PyRef, n: isize) -> PyResult {
    let d = data(zelf);
    if n == 1 && zelf.type_is(&vm.g.bytes) {
        return Ok(zelf.clone());
    }
    let n = n.max(0) as usize;
    if is_bytearray(zelf)
        && d.len()
            .checked_mul(n)
            .is_none_or(|t| t > isize::MAX as usize)
    {
        return Err(vm.memory_error());
    }
    let v = repeat_bytes(vm, &d, d.len(), n, "repeated bytes are too long")?;
    Ok(make(vm, zelf, v))
}

fn bytes_mul(vm: &Vm, a: Args) -> PyResult {
    let n = &wrapper_args(vm, &a, "__mul__", 1)?[0];
    match repeat_count(vm, n)? {
        Some(count) => repeat(vm, a.zelf(), count),
        None => reflected_or_error(
            vm,
            n,
            "__rmul__",
            format!(
                "can't multiply sequence by non-int of type '{}'",
                n.ty().name
            ),
        ),
    }
}

fn bytes_rmul(vm: &Vm, a: Args) -> PyResult {
    let n = &wrapper_args(vm, &a, "__rmul__", 1)?[0];
    match repeat_count(vm, n)? {
        Some(count) => repeat(vm, a.zelf(), count),
        None => Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            n.ty().name
        ))),
    }
}

fn bytes_mod(vm: &Vm, a: Args) -> PyResult {
    let args = &wrapper_args(vm, &a, "__mod__", 1)?[0];
    let zelf = a.zelf();
    let out = bytes_printf(vm, &data(zelf), args)?;
    Ok(make(vm, zelf, out))
}

fn bytes_rmod(vm: &Vm, a: Args) -> PyResult {
    let other = &wrapper_args(vm, &a, "__rmod__", 1)?[0];
    let zelf = a.zelf();
    let same_kind = if is_bytearray(zelf) {
        is_bytearray(other)
    } else {
        other.downcast::<Bytes>().is_some()
    };
    if !same_kind {
        return Ok(vm.g.not_implemented.clone());
    }
    let out = bytes_printf(vm, &data(other), zelf)?;
    Ok(make(vm, other, out))
}

fn compare(vm: &Vm, a: Args, name: &str, test: fn(std::cmp::Ordering) -> bool) -> PyResult {
    let other = &wrapper_args(vm, &a, name, 1)?[0];
    let zelf = a.zelf();
    let o = if is_bytearray(zelf) {
        buffer(other)
    } else {
        other
            .downcast::<Bytes>()
            .map(|b| Cow::Borrowed(b.as_bytes()))
    };
    match o {
        Some(o) => Ok(vm.bool(test(data(zelf).as_ref().cmp(o.as_ref())))),
        None => Ok(vm.g.not_implemented.clone()),
    }
}

fn bytes_eq(vm: &Vm, a: Args) -> PyResult {
    compare(vm, a, "__eq__", std::cmp::Ordering::is_eq)
}

fn bytes_ne(vm: &Vm, a: Args) -> PyResult {
    compare(vm, a, "__ne__", std::cmp::Ordering::is_ne)
}

fn bytes_lt(vm: &Vm, a: Args) -> PyResult {
    compare(vm, a, "__lt__", std::cmp::Ordering::is_lt)
}

fn bytes_le(vm: &Vm, a: Args) -> PyResult {
    compare(vm, a, "__le__", std::cmp::Ordering::is_le)
}

fn bytes_gt(vm: &Vm, a: Args) -> PyResult {
    compare(vm, a, "__gt__", std::cmp::Ordering::is_gt)
}

fn bytes_ge(vm: &Vm, a: Args) -> PyResult {
    compare(vm, a, "__ge__", std::cmp::Ordering::is_ge)
}

fn bytes_getnewargs(vm: &Vm, a: Args) -> PyResult {
    clinic_args(vm, &a, "bytes", "__getnewargs__", 0, 0)?;
    Ok(vm.new_tuple(vec![new_bytes(vm, data(a.zelf()).into_owned())]))
}

fn bytes_bytes(vm: &Vm, a: Args) -> PyResult {
    clinic_args(vm, &a, "bytes", "__bytes__", 0, 0)?;
    let zelf = a.zelf();
    if zelf.type_is(&vm.g.bytes) {
        return Ok(zelf.clone());
    }
    Ok(new_bytes(vm, data(zelf).into_owned()))
}

fn bytes_sizeof(vm: &Vm, a: Args) -> PyResult {
    let zelf = a.zelf();
    // bytes inherits object.__sizeof__ in CPython, whose messages it gives.
    let owner = if is_bytearray(zelf) {
        "bytearray"
    } else {
        "object"
    };
    clinic_args(vm, &a, owner, "__sizeof__", 0, 0)?;
    Ok(vm.new_int(match zelf.downcast::<ByteArray>() {
        Some(ba) => 56 + alloc_size(ba) as i64,
        None => 33 + byte_len(zelf) as i64,
    }))
}

/// What CPython's `bytearray.__alloc__` reports: the buffer's capacity,
/// counting the trailing NUL it keeps.
fn alloc_size(ba: &ByteArray) -> usize {
    let cap = ba.data.borrow().capacity();
    if cap == 0 { 0 } else { cap + 1 }
}

fn bytearray_alloc(vm: &Vm, a: Args) -> PyResult {
    clinic_args(vm, &a, "bytearray", "__alloc__", 0, 0)?;
    Ok(vm.new_int(alloc_size(a.zelf().downcast::<ByteArray>().expect("bytearray")) as i64))
}

fn bytearray_reduce_impl(vm: &Vm, zelf: &PyRef, proto: i64) -> PyResult {
    let d = data(zelf).into_owned();
    let args = if proto < 3 {
        let text: String = d.iter().map(|b| *b as char).collect();
        vm.new_tuple(vec![vm.new_str(text), vm.new_str("latin-1")])
    } else {
        vm.new_tuple(vec![new_bytes(vm, d)])
    };
    let state = crate::objects::object::instance_dict(zelf)
        .filter(|d| {
            d.downcast::<crate::objects::dict::Dict>()
                .is_some_and(|d| !d.is_empty())
        })
        .unwrap_or_else(|| vm.none());
    Ok(vm.new_tuple(vec![zelf.class(), args, state]))
}

fn bytearray_reduce(vm: &Vm, a: Args) -> PyResult {
    clinic_args(vm, &a, "bytearray", "__reduce__", 0, 0)?;
    bytearray_reduce_impl(vm, a.zelf(), 0)
}

fn bytearray_reduce_ex(vm: &Vm, a: Args) -> PyResult {
    let pos = clinic_args(vm, &a, "bytearray", "__reduce_ex__", 0, 1)?;
    let proto = match pos.first() {
        Some(p) => c_int_arg(vm, p)? as i64,
        None => 0,
    };
    bytearray_reduce_impl(vm, a.zelf(), proto)
}

// ---- bytearray mutation -----------------------------------------------------

fn ba(o: &PyRef) -> &ByteArray {
    o.downcast::<ByteArray>().expect("bytearray")
}

/// A slice applied to a bytearray: the bounds' `__index__` may run Python
/// code that resizes it, so the length is read only afterwards.
fn live_indices(vm: &Vm, sl: &Slice, b: &ByteArray) -> PyResult<(isize, isize, isize, usize)> {
    let (start, stop, step) = sl.unpack(vm)?;
    Ok(adjust_indices(b.len(), start, stop, step))
}

/// The bytes to assign to a bytearray slice.
fn assigned_bytes(vm: &Vm, zelf: &PyRef, values: &PyRef) -> PyResult<Vec<u8>> {
    if values.is(zelf) {
        return Ok(ba(zelf).to_vec());
    }
    if let Some(b) = buffer(values) {
        return Ok(b.into_owned());
    }
    if str_payload(values).is_some()
        || values.downcast::<Int>().is_some()
        || values.downcast::<crate::objects::float::Float>().is_some()
        || ["__index__", "__int__", "__float__"]
            .iter()
            .any(|n| lookup(values.type_obj_ref(), n).is_some())
    {
        return Err(
            vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        );
    }
    bytes_from_iterable(
        vm,
        values,
        "byte must be in range(0, 256)",
        cannot_convert(values, "bytearray"),
    )
}

fn bytearray_setitem(vm: &Vm, a: Args) -> PyResult {
    let pos = wrapper_args(vm, &a, "__setitem__", 2)?;
    let (key, value) = (&pos[0], &pos[1]);
    let zelf = a.zelf();
    let b = ba(zelf);
    if let Some(sl) = key.downcast::<Slice>() {
        let new = assigned_bytes(vm, zelf, value)?;
        let (start, stop, step, n) = live_indices(vm, sl, b)?;
        if step == 1 {
            let start = start as usize;
            let stop = (stop.max(start as isize)) as usize;
            if new.len() != stop - start {
                b.check_resizable(vm)?;
            }
            b.data.borrow_mut().splice(start..stop, new);
            return Ok(vm.none());
        }
        if new.len() != n {
            return Err(vm.value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {n}",
                new.len()
            )));
        }
        let mut d = b.data.borrow_mut();
        for (k, v) in new.into_iter().enumerate() {
            d[(start + k as isize * step) as usize] = v;
        }
        return Ok(vm.none());
    }
    if !has_index(key) {
        return Err(vm.type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            key.ty().name
        )));
    }
    let i = vm.index_isize(key, Some("IndexError"))?;
    let v = byte_value(vm, value)?;
    let Some(i) = resolve_index(i, b.len()) else {
        return Err(vm.index_error("bytearray index out of range"));
    };
    b.data.borrow_mut()[i] = v;
    Ok(vm.none())
}

fn bytearray_delitem(vm: &Vm, a: Args) -> PyResult {
    let key = &wrapper_args(vm, &a, "__delitem__", 1)?[0];
    let b = ba(a.zelf());
    if let Some(sl) = key.downcast::<Slice>() {
        let (start, _, step, n) = live_indices(vm, sl, b)?;
        if n == 0 {
            return Ok(vm.none());
        }
        b.check_resizable(vm)?;
        let mut d = b.data.borrow_mut();
        if step == 1 {
            d.drain(start as usize..start as usize + n);
        } else {
            let mut drop_at = vec![false; d.len()];
            for k in 0..n {
                drop_at[(start + k as isize * step) as usize] = true;
            }
            let mut k = 0;
            d.retain(|_| {
                let keep = !drop_at[k];
                k += 1;
                keep
            });
        }
        return Ok(vm.none());
    }
    if !has_index(key) {
        return Err(vm.type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            key.ty().name
        )));
    }
    let i = vm.index_isize(key, Some("IndexError"))?;
    let Some(i) = resolve_index(i, b.len()) else {
        return Err(vm.index_error("bytearray index out of range"));
    };
    b.check_resizable(vm)?;
    b.data.borrow_mut().remove(i);
    Ok(vm.none())
}

fn push_bytes(vm: &Vm, b: &ByteArray, more: &[u8]) -> PyResult<()> {
    if more.is_empty() {
        return Ok(());
    }
    b.check_resizable(vm)?;
    let mut d = b.data.borrow_mut();
    d.reserve_or_raise(vm, more.len())?;
    d.extend_from_slice(more);
    Ok(())
}

fn bytearray_append(vm: &Vm, a: Args) -> PyResult {
    let item = &clinic_args(vm, &a, "bytearray", "append", 1, 1)?[0];
    let v = byte_value(vm, item)?;
    push_bytes(vm, ba(a.zelf()), &[v])?;
    Ok(vm.none())
}

fn bytearray_extend(vm: &Vm, a: Args) -> PyResult {
    let src = &clinic_args(vm, &a, "bytearray", "extend", 1, 1)?[0];
    let zelf = a.zelf();
    let more = match buffer(src) {
        Some(b) => b.into_owned(),
        None => bytes_from_iterable(
            vm,
            src,
            "byte must be in range(0, 256)",
            format!("can't extend bytearray with {}", src.ty().name),
        )?,
    };
    push_bytes(vm, ba(zelf), &more)?;
    Ok(vm.none())
}

fn bytearray_insert(vm: &Vm, a: Args) -> PyResult {
    let pos = clinic_args(vm, &a, "bytearray", "insert", 2, 2)?;
    let index = ssize_arg(vm, &pos[0])?;
    let v = byte_value(vm, &pos[1])?;
    let b = ba(a.zelf());
    b.check_resizable(vm)?;
    let mut d = b.data.borrow_mut();
    let len = d.len() as isize;
    let at = if index < 0 {
        (index + len).max(0)
    } else {
        index.min(len)
    };
    d.insert(at as usize, v);
    Ok(vm.none())
}

fn bytearray_pop(vm: &Vm, a: Args) -> PyResult {
    let pos = clinic_args(vm, &a, "bytearray", "pop", 0, 1)?;
    let index = match pos.first() {
        Some(i) => ssize_arg(vm, i)?,
        None => -1,
    };
    let b = ba(a.zelf());
    if b.is_empty() {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let Some(i) = resolve_index(index, b.len()) else {
        return Err(vm.index_error("pop index out of range"));
    };
    b.check_resizable(vm)?;
    let v = b.data.borrow_mut().remove(i);
    Ok(vm.new_int(v as i64))
}

fn bytearray_remove(vm: &Vm, a: Args) -> PyResult {
    let item = &clinic_args(vm, &a, "bytearray", "remove", 1, 1)?[0];
    let v = byte_value(vm, item)?;
    let b = ba(a.zelf());
    let Some(i) = b.borrow().iter().position(|x| *x == v) else {
        return Err(vm.value_error("value not found in bytearray"));
    };
    b.check_resizable(vm)?;
    b.data.borrow_mut().remove(i);
    Ok(vm.none())
}

fn bytearray_reverse(vm: &Vm, a: Args) -> PyResult {
    clinic_args(vm, &a, "bytearray", "reverse", 0, 0)?;
    ba(a.zelf()).data.borrow_mut().reverse();
    Ok(vm.none())
}

fn bytearray_clear(vm: &Vm, a: Args) -> PyResult {
    clinic_args(vm, &a, "bytearray", "clear", 0, 0)?;
    ba(a.zelf()).set(vm, Vec::new())?;
    Ok(vm.none())
}

fn bytearray_copy(vm: &Vm, a: Args) -> PyResult {
    clinic_args(vm, &a, "bytearray", "copy", 0, 0)?;
    Ok(new_bytearray(vm, ba(a.zelf()).to_vec()))
}

fn bytearray_iadd(vm: &Vm, a: Args) -> PyResult {
    let other = &wrapper_args(vm, &a, "__iadd__", 1)?[0];
    let zelf = a.zelf();
    let Some(more) = buffer(other) else {
        return Err(vm.type_error(format!("can't concat {} to bytearray", other.ty().name)));
    };
    let more = more.into_owned();
    push_bytes(vm, ba(zelf), &more)?;
    Ok(zelf.clone())
}

fn bytearray_imul(vm: &Vm, a: Args) -> PyResult {
    let n = &wrapper_args(vm, &a, "__imul__", 1)?[0];
    let zelf = a.zelf();
    let Some(count) = repeat_count(vm, n)? else {
        return reflected_or_error(
            vm,
            n,
            "__rmul__",
            format!(
                "can't multiply sequence by non-int of type '{}'",
                n.ty().name
            ),
        );
    };
    let b = ba(zelf);
    let d = b.to_vec();
    let count = count.max(0) as usize;
    if d.len()
        .checked_mul(count)
        .is_none_or(|t| t > isize::MAX as usize)
    {
        return Err(vm.memory_error());
    }
    let v = repeat_bytes(vm, &d, d.len(), count, "repeated bytes are too long")?;
    b.set(vm, v)?;
    Ok(zelf.clone())
}

// ---- searching --------------------------------------------------------------

/// A search method's needle and window bounds.
type SearchArgs<'a> = (Cow<'a, [u8]>, Option<isize>, Option<isize>);

fn search_args<'a>(vm: &Vm, a: &Args<'a>, name: &str) -> PyResult<SearchArgs<'a>> {
    let pos = getargs(vm, a, Some(tname(a.zelf())), name, 1, 3)?;
    let sub = needle_arg(vm, &pos[0])?;
    let start = search_bound(vm, pos.get(1))?;
    let end = search_bound(vm, pos.get(2))?;
    Ok((sub, start, end))
}

fn find_in(
    hay: &[u8],
    sub: &[u8],
    start: Option<isize>,
    end: Option<isize>,
    reverse: bool,
) -> isize {
    let (start, end) = adjust(start, end, hay.len());
    if end - start < sub.len() as isize {
        return -1;
    }
    let window = &hay[start as usize..end as usize];
    let found = if reverse {
        rfind_bytes(window, sub)
    } else {
        find_bytes(window, sub)
    };
    found.map_or(-1, |i| start + i as isize)
}

fn find_method(vm: &Vm, a: Args, name: &str, reverse: bool, raise: bool) -> PyResult {
    let (sub, start, end) = search_args(vm, &a, name)?;
    match find_in(&data(a.zelf()), &sub, start, end, reverse) {
        -1 if raise => Err(vm.value_error("subsection not found")),
        i => Ok(vm.new_int(i as i64)),
    }
}

fn bytes_find(vm: &Vm, a: Args) -> PyResult {
    find_method(vm, a, "find", false, false)
}

fn bytes_rfind(vm: &Vm, a: Args) -> PyResult {
    find_method(vm, a, "rfind", true, false)
}

fn bytes_index(vm: &Vm, a: Args) -> PyResult {
    find_method(vm, a, "index", false, true)
}

fn bytes_rindex(vm: &Vm, a: Args) -> PyResult {
    find_method(vm, a, "rindex", true, true)
}

fn bytes_count(vm: &Vm, a: Args) -> PyResult {
    let (sub, start, end) = search_args(vm, &a, "count")?;
    let d = data(a.zelf());
    let (start, end) = adjust(start, end, d.len());
    if end - start < sub.len() as isize {
        return Ok(vm.new_int(0));
    }
    Ok(vm.new_int(count_bytes(&d[start as usize..end as usize], &sub) as i64))
}

fn tail_match(
    hay: &[u8],
    sub: &[u8],
    start: Option<isize>,
    end: Option<isize>,
    at_end: bool,
) -> bool {
    let (start, end) = adjust(start, end, hay.len());
    if end - start < sub.len() as isize {
        return false;
    }
    let (start, end) = (start as usize, end as usize);
    if at_end {
        &hay[end - sub.len()..end] == sub
    } else {
        &hay[start..start + sub.len()] == sub
    }
}

fn starts_ends(vm: &Vm, a: Args, name: &str, at_end: bool) -> PyResult {
    let pos = getargs(vm, &a, Some(tname(a.zelf())), name, 1, 3)?;
    let start = search_bound(vm, pos.get(1))?;
    let end = search_bound(vm, pos.get(2))?;
    let d = data(a.zelf());
    let what = &pos[0];
    if let Some(t) = what.downcast::<Tuple>() {
        for item in t.items() {
            if tail_match(&d, &buffer_arg(vm, item)?, start, end, at_end) {
                return Ok(vm.bool(true));
            }
        }
        return Ok(vm.bool(false));
    }
    let Some(sub) = buffer(what) else {
        return Err(vm.type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            what.ty().name
        )));
    };
    Ok(vm.bool(tail_match(&d, &sub, start, end, at_end)))
}

fn bytes_startswith(vm: &Vm, a: Args) -> PyResult {
    starts_ends(vm, a, "startswith", false)
}

fn bytes_endswith(vm: &Vm, a: Args) -> PyResult {
    starts_ends(vm, a, "endswith", true)
}

// ---- case and classification (ASCII only) -----------------------------------

fn noargs<'a>(vm: &Vm, a: &Args<'a>, name: &str) -> PyResult<Cow<'a, [u8]>> {
    clinic_args(vm, a, tname(a.zelf()), name, 0, 0)?;
    Ok(data(a.zelf()))
}

fn map_bytes(vm: &Vm, a: Args, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult {
    let d = noargs(vm, &a, name)?;
    Ok(make(vm, a.zelf(), f(&d)))
}

fn bytes_lower(vm: &Vm, a: Args) -> PyResult {
    map_bytes(vm, a, "lower", <[u8]>::to_ascii_lowercase)
}

fn bytes_upper(vm: &Vm, a: Args) -> PyResult {
    map_bytes(vm, a, "upper", <[u8]>::to_ascii_uppercase)
}

fn bytes_swapcase(vm: &Vm, a: Args) -> PyResult {
    map_bytes(vm, a, "swapcase", |d| {
        d.iter()
            .map(|b| {
                if b.is_ascii_alphabetic() {
                    b ^ 0x20
                } else {
                    *b
                }
            })
            .collect()
    })
}

fn bytes_capitalize(vm: &Vm, a: Args) -> PyResult {
    map_bytes(vm, a, "capitalize", |d| {
        d.iter()
            .enumerate()
            .map(|(i, b)| {
                if i == 0 {
                    b.to_ascii_uppercase()
                } else {
                    b.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn bytes_title(vm: &Vm, a: Args) -> PyResult {
    map_bytes(vm, a, "title", |d| {
        let mut previous_cased = false;
        d.iter()
            .map(|b| {
                let out = if previous_cased {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                };
                previous_cased = b.is_ascii_alphabetic();
                out
            })
            .collect()
    })
}

fn all_bytes(vm: &Vm, a: Args, name: &str, test: fn(&u8) -> bool) -> PyResult {
    let d = noargs(vm, &a, name)?;
    Ok(vm.bool(!d.is_empty() && d.iter().all(test)))
}

fn bytes_isalnum(vm: &Vm, a: Args) -> PyResult {
    all_bytes(vm, a, "isalnum", u8::is_ascii_alphanumeric)
}

fn bytes_isalpha(vm: &Vm, a: Args) -> PyResult {
    all_bytes(vm, a, "isalpha", u8::is_ascii_alphabetic)
}

fn bytes_isdigit(vm: &Vm, a: Args) -> PyResult {
    all_bytes(vm, a, "isdigit", u8::is_ascii_digit)
}

fn bytes_isspace(vm: &Vm, a: Args) -> PyResult {
    all_bytes(vm, a, "isspace", |b| is_space(*b))
}

fn bytes_isascii(vm: &Vm, a: Args) -> PyResult {
    let d = noargs(vm, &a, "isascii")?;
    Ok(vm.bool(d.is_ascii()))
}

fn bytes_islower(vm: &Vm, a: Args) -> PyResult {
    let d = noargs(vm, &a, "islower")?;
    Ok(vm.bool(d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)))
}

fn bytes_isupper(vm: &Vm, a: Args) -> PyResult {
    let d = noargs(vm, &a, "isupper")?;
    Ok(vm.bool(d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)))
}

fn bytes_istitle(vm: &Vm, a: Args) -> PyResult {
    let d = noargs(vm, &a, "istitle")?;
    let mut cased = false;
    let mut previous_cased = false;
    for b in d.iter() {
        if b.is_ascii_uppercase() {
            if previous_cased {
                return Ok(vm.bool(false));
            }
            previous_cased = true;
            cased = true;
        } else if b.is_ascii_lowercase() {
            if !previous_cased {
                return Ok(vm.bool(false));
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    Ok(vm.bool(cased))
}

// ---- padding ----------------------------------------------------------------

fn justify(vm: &Vm, a: Args, name: &str) -> PyResult {
    let zelf = a.zelf();
    let pos = clinic_args(vm, &a, tname(zelf), name, 1, 2)?;
    let width = ssize_arg(vm, &pos[0])?;
    let fill = match pos.get(1) {
        None => b' ',
        Some(f) => {
            let one = if f.downcast::<Bytes>().is_some() || is_bytearray(f) {
                buffer(f)
            } else {
                None
            };
            match one {
                Some(b) if b.len() == 1 => b[0],
                _ => {
                    return Err(vm.type_error(format!(
                        "{name}() argument 2 must be a byte string of length 1, not {}",
                        f.ty().name
                    )));
                }
            }
        }
    };
    let d = data(zelf);
    let marg = (width - d.len() as isize).max(0) as usize;
    if marg == 0 {
        return Ok(make_or_same(vm, zelf, &d));
    }
    let (left, right) = match name {
        "ljust" => (0, marg),
        "rjust" => (marg, 0),
        _ => {
            let left = marg / 2 + (marg & width as usize & 1);
            (left, marg - left)
        }
    };
    let mut v = Vec::new();
    v.reserve_exact_or_raise(vm, d.len() + marg)?;
    v.resize(left, fill);
    v.extend_from_slice(&d);
    v.resize(left + d.len() + right, fill);
    Ok(make(vm, zelf, v))
}

fn bytes_center(vm: &Vm, a: Args) -> PyResult {
    justify(vm, a, "center")
}

fn bytes_ljust(vm: &Vm, a: Args) -> PyResult {
    justify(vm, a, "ljust")
}

fn bytes_rjust(vm: &Vm, a: Args) -> PyResult {
    justify(vm, a, "rjust")
}

fn bytes_zfill(vm: &Vm, a: Args) -> PyResult {
    let zelf = a.zelf();
    let width = ssize_arg(vm, &clinic_args(vm, &a, tname(zelf), "zfill", 1, 1)?[0])?;
    let d = data(zelf);
    if width <= d.len() as isize {
        return Ok(make_or_same(vm, zelf, &d));
    }
    let fill = width as usize - d.len();
    let mut v = Vec::new();
    v.reserve_exact_or_raise(vm, width as usize)?;
    let (sign, rest) = match d.first() {
        Some(b'+' | b'-') => d.split_at(1),
        _ => (&d[..0], &d[..]),
    };
    v.extend_from_slice(sign);
    v.resize(sign.len() + fill, b'0');
    v.extend_from_slice(rest);
    Ok(make(vm, zelf, v))
}

fn bytes_expandtabs(vm: &Vm, a: Args) -> PyResult {
    let [tabsize] = kw_args(vm, &a, 1, "expandtabs", ["tabsize"])?;
    let tabsize = match &tabsize {
        Some(t) => c_int_arg(vm, t)? as i64,
        None => 8,
    };
    let zelf = a.zelf();
    let d = data(zelf);
    let too_long = || vm.overflow_error("result too long");
    let mut total: i64 = 0;
    let mut col: i64 = 0;
    for &b in d.iter() {
        match b {
            b'\t' if tabsize > 0 => {
                let n = tabsize - col % tabsize;
                col += n;
                total = total.checked_add(n).ok_or_else(too_long)?;
            }
            b'\t' => {}
            b'\n' | b'\r' => {
                col = 0;
                total += 1;
            }
            _ => {
                col += 1;
                total = total.checked_add(1).ok_or_else(too_long)?;
            }
        }
    }
    if total > isize::MAX as i64 {
        return Err(too_long());
    }
    let mut v = Vec::new();
    v.reserve_exact_or_raise(vm, total as usize)?;
    let mut col: i64 = 0;
    for &b in d.iter() {
        match b {
            b'\t' if tabsize > 0 => {
                let n = tabsize - col % tabsize;
                v.resize(v.len() + n as usize, b' ');
                col += n;
            }
            b'\t' => {}
            b'\n' | b'\r' => {
                v.push(b);
                col = 0;
            }
            _ => {
                v.push(b);
                col += 1;
            }
        }
    }
    Ok(make(vm, zelf, v))
}

// ---- stripping, splitting, joining, replacing -------------------------------

fn strip_impl(vm: &Vm, a: Args, name: &str, left: bool, right: bool) -> PyResult {
    let zelf = a.zelf();
    let pos = clinic_args(vm, &a, tname(zelf), name, 0, 1)?;
    let set: Option<Cow<[u8]>> = match pos.first() {
        Some(o) if !vm.is_none(o) => Some(buffer_arg(vm, o)?),
        _ => None,
    };
    let strip = |b: &u8| match &set {
        Some(s) => s.contains(b),
        None => is_space(*b),
    };
    let d = data(zelf);
    let mut start = 0;
    let mut end = d.len();
    if left {
        while start < end && strip(&d[start]) {
            start += 1;
        }
    }
    if right {
        while end > start && strip(&d[end - 1]) {
            end -= 1;
        }
    }
    Ok(make_or_same(vm, zelf, &d[start..end]))
}

fn bytes_strip(vm: &Vm, a: Args) -> PyResult {
    strip_impl(vm, a, "strip", true, true)
}

fn bytes_lstrip(vm: &Vm, a: Args) -> PyResult {
    strip_impl(vm, a, "lstrip", true, false)
}

fn bytes_rstrip(vm: &Vm, a: Args) -> PyResult {
    strip_impl(vm, a, "rstrip", false, true)
}

/// Byte ranges of `d` split at runs of whitespace (at most `maxsplit`
/// times when non-negative), from the left or the right.
fn split_whitespace(d: &[u8], maxsplit: isize, reverse: bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut splits = 0;
    if !reverse {
        let mut i = 0;
        loop {
            while i < d.len() && is_space(d[i]) {
                i += 1;
            }
            if i == d.len() {
                break;
            }
            if maxsplit >= 0 && splits == maxsplit {
                out.push((i, d.len()));
                break;
            }
            let start = i;
            while i < d.len() && !is_space(d[i]) {
                i += 1;
            }
            out.push((start, i));
            splits += 1;
        }
    } else {
        let mut j = d.len();
        loop {
            while j > 0 && is_space(d[j - 1]) {
                j -= 1;
            }
            if j == 0 {
                break;
            }
            if maxsplit >= 0 && splits == maxsplit {
                out.push((0, j));
                break;
            }
            let end = j;
            while j > 0 && !is_space(d[j - 1]) {
                j -= 1;
            }
            out.push((j, end));
            splits += 1;
        }
        out.reverse();
    }
    out
}

/// Byte ranges of `d` split at `sep` (non-empty).
fn split_at_sep(d: &[u8], sep: &[u8], maxsplit: isize, reverse: bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut splits = 0;
    if !reverse {
        let mut start = 0;
        while maxsplit < 0 || splits < maxsplit {
            match find_bytes(&d[start..], sep) {
                Some(i) => {
                    out.push((start, start + i));
                    start += i + sep.len();
                    splits += 1;
                }
                None => break,
            }
        }
        out.push((start, d.len()));
    } else {
        let mut end = d.len();
        while maxsplit < 0 || splits < maxsplit {
            match rfind_bytes(&d[..end], sep) {
                Some(i) => {
                    out.push((i + sep.len(), end));
                    end = i;
                    splits += 1;
                }
                None => break,
            }
        }
        out.push((0, end));
        out.reverse();
    }
    out
}

fn split_impl(vm: &Vm, a: Args, name: &str, reverse: bool) -> PyResult {
    let [sep, maxsplit] = kw_args(vm, &a, 1, name, ["sep", "maxsplit"])?;
    let maxsplit = match &maxsplit {
        Some(m) => ssize_arg(vm, m)?,
        None => -1,
    };
    let zelf = a.zelf();
    let d = data(zelf);
    let ranges = match sep.as_ref().filter(|s| !vm.is_none(s)) {
        None => split_whitespace(&d, maxsplit, reverse),
        Some(s) => {
            let sep = buffer_arg(vm, s)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            split_at_sep(&d, &sep, maxsplit, reverse)
        }
    };
    let items = ranges
        .into_iter()
        .map(|(i, j)| make_or_same(vm, zelf, &d[i..j]))
        .collect();
    Ok(vm.new_list(items))
}

fn bytes_split(vm: &Vm, a: Args) -> PyResult {
    split_impl(vm, a, "split", false)
}

fn bytes_rsplit(vm: &Vm, a: Args) -> PyResult {
    split_impl(vm, a, "rsplit", true)
}

fn bytes_splitlines(vm: &Vm, a: Args) -> PyResult {
    let [keepends] = kw_args(vm, &a, 1, "splitlines", ["keepends"])?;
    let keepends = match &keepends {
        Some(k) => c_int_arg(vm, k)? != 0,
        None => false,
    };
    let zelf = a.zelf();
    let d = data(zelf);
    let mut items = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < d.len() {
        let b = d[i];
        if b != b'\n' && b != b'\r' {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        if b == b'\r' && d.get(i + 1) == Some(&b'\n') {
            end += 1;
        }
        items.push(make_or_same(
            vm,
            zelf,
            &d[start..if keepends { end } else { i }],
        ));
        start = end;
        i = end;
    }
    if start < d.len() {
        items.push(make_or_same(vm, zelf, &d[start..]));
    }
    Ok(vm.new_list(items))
}

fn partition_impl(vm: &Vm, a: Args, name: &str, reverse: bool) -> PyResult {
    let zelf = a.zelf();
    let sep_obj = &clinic_args(vm, &a, tname(zelf), name, 1, 1)?[0];
    let sep = buffer_arg(vm, sep_obj)?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let d = data(zelf);
    let found = if reverse {
        rfind_bytes(&d, &sep)
    } else {
        find_bytes(&d, &sep)
    };
    let empty = || make(vm, zelf, Vec::new());
    // bytes hands back the separator object itself, bytearray a copy.
    let sep_out = || {
        if is_bytearray(zelf) {
            new_bytearray(vm, sep.to_vec())
        } else {
            sep_obj.clone()
        }
    };
    let parts = match found {
        Some(i) => vec![
            make(vm, zelf, d[..i].to_vec()),
            sep_out(),
            make(vm, zelf, d[i + sep.len()..].to_vec()),
        ],
        None if reverse => vec![empty(), empty(), make_or_same(vm, zelf, &d)],
        None => vec![make_or_same(vm, zelf, &d), empty(), empty()],
    };
    Ok(vm.new_tuple(parts))
}

fn bytes_partition(vm: &Vm, a: Args) -> PyResult {
    partition_impl(vm, a, "partition", false)
}

fn bytes_rpartition(vm: &Vm, a: Args) -> PyResult {
    partition_impl(vm, a, "rpartition", true)
}

fn bytes_join(vm: &Vm, a: Args) -> PyResult {
    let zelf = a.zelf();
    let iterable = &clinic_args(vm, &a, tname(zelf), "join", 1, 1)?[0];
    let items = if iterable.type_is(&vm.g.list) || iterable.type_is(&vm.g.tuple) {
        vm.to_vec(iterable)?
    } else {
        let it = match vm.iter(iterable) {
            Ok(it) => it,
            Err(e) if vm.err_matches(&e, "TypeError") => {
                return Err(vm.type_error("can only join an iterable"));
            }
            Err(e) => return Err(e),
        };
        let mut v = Vec::new();
        while let Some(x) = vm.next(&it)? {
            v.push(x);
        }
        v
    };
    let sep = data(zelf).into_owned();
    // The size first, from the items' lengths: nothing is copied until the
    // whole result is known to fit (the program chooses the sizes).
    let mut total: usize = 0;
    for (i, item) in items.iter().enumerate() {
        if !is_buffer(item) {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                item.ty().name
            )));
        }
        total = total
            .checked_add(byte_len(item))
            .and_then(|t| {
                if i > 0 {
                    t.checked_add(sep.len())
                } else {
                    Some(t)
                }
            })
            .filter(|t| *t <= isize::MAX as usize)
            .ok_or_else(|| vm.overflow_error("join() result is too long"))?;
    }
    if items.len() == 1 && items[0].type_is(&vm.g.bytes) && !is_bytearray(zelf) {
        return Ok(items[0].clone());
    }
    let mut v = Vec::new();
    v.reserve_exact_or_raise(vm, total)?;
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            v.extend_from_slice(&sep);
        }
        if let Some(b) = buffer(item) {
            v.extend_from_slice(&b);
        }
    }
    Ok(make(vm, zelf, v))
}

fn bytes_replace(vm: &Vm, a: Args) -> PyResult {
    let zelf = a.zelf();
    let pos = clinic_args(vm, &a, tname(zelf), "replace", 2, 3)?;
    let old = buffer_arg(vm, &pos[0])?;
    let new = buffer_arg(vm, &pos[1])?;
    let count = match pos.get(2) {
        Some(c) => ssize_arg(vm, c)?,
        None => -1,
    };
    let d = data(zelf);
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let matches = if old.is_empty() {
        (d.len() + 1).min(limit)
    } else {
        count_bytes(&d, &old).min(limit)
    };
    if matches == 0 {
        return Ok(make_or_same(vm, zelf, &d));
    }
    let size =
        d.len() as u128 + matches as u128 * new.len() as u128 - matches as u128 * old.len() as u128;
    if size > isize::MAX as u128 {
        return Err(vm.overflow_error("replace bytes is too long"));
    }
    let mut v = Vec::new();
    v.reserve_exact_or_raise(vm, size as usize)?;
    if old.is_empty() {
        for (i, b) in d.iter().enumerate() {
            if i < matches {
                v.extend_from_slice(&new);
            }
            v.push(*b);
        }
        if matches > d.len() {
            v.extend_from_slice(&new);
        }
    } else {
        let mut rest = &d[..];
        for _ in 0..matches {
            let i = find_bytes(rest, &old).expect("counted above");
            v.extend_from_slice(&rest[..i]);
            v.extend_from_slice(&new);
            rest = &rest[i + old.len()..];
        }
        v.extend_from_slice(rest);
    }
    Ok(make(vm, zelf, v))
}

fn affix_impl(vm: &Vm, a: Args, name: &str, suffix: bool) -> PyResult {
    let zelf = a.zelf();
    let affix = buffer_arg(vm, &clinic_args(vm, &a, tname(zelf), name, 1, 1)?[0])?.into_owned();
    let d = data(zelf);
    let out = if suffix {
        d.strip_suffix(&affix[..])
    } else {
        d.strip_prefix(&affix[..])
    };
    Ok(make_or_same(vm, zelf, out.unwrap_or(&d)))
}

fn bytes_removeprefix(vm: &Vm, a: Args) -> PyResult {
    affix_impl(vm, a, "removeprefix", false)
}

fn bytes_removesuffix(vm: &Vm, a: Args) -> PyResult {
    affix_impl(vm, a, "removesuffix", true)
}

fn bytes_translate(vm: &Vm, a: Args) -> PyResult {
    let zelf = a.zelf();
    let pos = &a.positional()[1..];
    if pos.is_empty() {
        return Err(vm.type_error("translate() takes at least 1 positional argument (0 given)"));
    }
    let [table, delete] = kw_args(vm, &a, 1, "translate", ["table", "delete"])?;
    let table = table.expect("given positionally");
    let table: Option<Vec<u8>> = if vm.is_none(&table) {
        None
    } else {
        let t = buffer_arg(vm, &table)?.into_owned();
        if t.len() != 256 {
            return Err(vm.value_error("translation table must be 256 characters long"));
        }
        Some(t)
    };
    let delete = match &delete {
        Some(d) => buffer_arg(vm, d)?.into_owned(),
        None => Vec::new(),
    };
    let d = data(zelf);
    let v: Vec<u8> = d
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|b| table.as_ref().map_or(*b, |t| t[*b as usize]))
        .collect();
    Ok(make_or_same(vm, zelf, &v))
}

fn bytes_maketrans(vm: &Vm, a: Args) -> PyResult {
    maketrans(vm, a, "bytes")
}

fn bytearray_maketrans(vm: &Vm, a: Args) -> PyResult {
    maketrans(vm, a, "bytearray")
}

fn maketrans(vm: &Vm, a: Args, tname: &str) -> PyResult {
    if a.has_keywords() {
        return Err(vm.type_error(format!("{tname}.maketrans() takes no keyword arguments")));
    }
    if a.args.len() != 2 {
        return Err(vm.type_error(format!(
            "maketrans expected 2 arguments, got {}",
            a.args.len()
        )));
    }
    let frm = buffer_arg(vm, &a.args[0])?;
    let to = buffer_arg(vm, &a.args[1])?;
    if frm.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in frm.iter().zip(to.iter()) {
        table[*f as usize] = *t;
    }
    Ok(new_bytes(vm, table))
}

// ---- printf-style formatting ------------------------------------------------

fn latin1_text(b: &[u8]) -> String {
    b.iter().map(|c| *c as char).collect()
}

fn push_latin1(out: &mut Vec<u8>, s: &str) {
    out.extend(s.chars().map(|c| c as u32 as u8));
}

/// The bytes `%b` / `%s` insert: a bytes-like object or `__bytes__`.
fn percent_b(vm: &Vm, v: &PyRef) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer(v) {
        return Ok(b.into_owned());
    }
    if let Some(r) = special_bytes(vm, v)? {
        return Ok(data(&r).into_owned());
    }
    Err(vm.type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        v.ty().name
    )))
}

/// Renders one conversion of `bytes % args`, as latin-1 text.
fn percent_bytes_conversion(vm: &Vm, c: &Conversion, v: &PyRef) -> Result<String, PercentError> {
    let text_conv = |ch: char| Conversion {
        conversion: ch,
        ..c.clone()
    };
    Ok(match c.conversion {
        's' | 'b' => {
            terrarium_format::printf_text(&latin1_text(&percent_b(vm, v)?), &text_conv('s'))?
        }
        'r' | 'a' => {
            let r = crate::modules::builtins::ascii_of(vm, v)?;
            terrarium_format::printf_text(as_str(&r), &text_conv('a'))?
        }
        'c' => {
            let one = if v.downcast::<Bytes>().is_some() || is_bytearray(v) {
                buffer(v)
            } else {
                None
            };
            let byte = match one {
                Some(b) if b.len() == 1 => b[0],
                Some(_) => {
                    return Err(PercentError::Py(vm.type_error(
                        "%c requires an integer in range(256) or a single byte",
                    )));
                }
                None if has_index(v) => {
                    let i = vm.index(v)?;
                    match i.downcast::<Int>().and_then(Int::to_i64) {
                        Some(x) if (0..256).contains(&x) => x as u8,
                        _ => {
                            return Err(PercentError::Py(
                                vm.overflow_error("%c arg not in range(256)"),
                            ));
                        }
                    }
                }
                None => {
                    return Err(PercentError::Py(vm.type_error(
                        "%c requires an integer in range(256) or a single byte",
                    )));
                }
            };
            terrarium_format::printf_text(&latin1_text(&[byte]), c)?
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => terrarium_format::printf_int(
            &percent_int(vm, v, c.conversion)?,
            c,
            vm.int_max_str_digits.get(),
        )?,
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            terrarium_format::printf_float(percent_float(vm, v)?, c)?
        }
        _ => {
            return Err(PercentError::Format(
                terrarium_format::unsupported_conversion(c),
            ));
        }
    })
}

fn bytes_printf_loop(
    vm: &Vm,
    fmt: &str,
    args: &PyRef,
    out: &mut Vec<u8>,
) -> Result<(), PercentError> {
    let mut st = PercentArgs::new(vm, args, true);
    let mut parser = PrintfParser::new(fmt);
    while let Some(piece) = parser.next_piece(&mut st)? {
        match piece {
            Piece::Literal(t) => push_latin1(out, t),
            Piece::Percent => out.push(b'%'),
            Piece::Conversion(c) => {
                let v = st.next_arg()?;
                let text = percent_bytes_conversion(vm, &c, &v)?;
                out.try_reserve(text.len())
                    .map_err(|_| PercentError::Py(vm.memory_error()))?;
                push_latin1(out, &text);
            }
        }
    }
    st.finish()?;
    Ok(())
}

/// `fmt % args` for a bytes format.
pub fn bytes_printf(vm: &Vm, fmt: &[u8], args: &PyRef) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    bytes_printf_loop(vm, &latin1_text(fmt), args, &mut out).map_err(|e| e.into_py(vm))?;
    Ok(out)
}

// ---- memoryview -------------------------------------------------------------

fn new_view(
    vm: &Vm,
    obj: PyRef,
    start: usize,
    len: usize,
    step: isize,
    readonly: bool,
    format: u8,
) -> PyRef {
    export(&obj);
    alloc(
        &vm.g.memoryview,
        MemoryView {
            obj,
            start,
            len,
            step,
            readonly,
            format,
            released: Cell::new(false),
        },
    )
}

fn mv(o: &PyRef) -> &MemoryView {
    o.downcast::<MemoryView>().expect("memoryview")
}

/// The receiver of a memoryview method, which must not be released.
fn live<'a>(vm: &Vm, a: &Args<'a>) -> PyResult<&'a MemoryView> {
    let m = mv(a.zelf());
    m.check(vm)?;
    Ok(m)
}

fn memoryview_new(vm: &Vm, a: Args) -> PyResult {
    let [object] = kw_args(vm, &a, 1, "memoryview", ["object"])?;
    let Some(o) = object else {
        return Err(vm.type_error("memoryview() missing required argument 'object' (pos 1)"));
    };
    if let Some(m) = o.downcast::<MemoryView>() {
        m.check(vm)?;
        return Ok(new_view(
            vm,
            m.obj.clone(),
            m.start,
            m.len,
            m.step,
            m.readonly,
            m.format,
        ));
    }
    if o.downcast::<Bytes>().is_some() {
        let n = byte_len(&o);
        return Ok(new_view(vm, o, 0, n, 1, true, b'B'));
    }
    if is_bytearray(&o) {
        let n = byte_len(&o);
        return Ok(new_view(vm, o, 0, n, 1, false, b'B'));
    }
    Err(vm.type_error(format!(
        "memoryview: a bytes-like object is required, not '{}'",
        o.ty().name
    )))
}

fn memoryview_len(vm: &Vm, a: Args) -> PyResult {
    wrapper_args(vm, &a, "__len__", 0)?;
    Ok(vm.new_int(live(vm, &a)?.len as i64))
}

fn memoryview_getitem(vm: &Vm, a: Args) -> PyResult {
    let key = &wrapper_args(vm, &a, "__getitem__", 1)?[0];
    let m = live(vm, &a)?;
    if let Some(sl) = key.downcast::<Slice>() {
        let (start, _, step, n) = sl.indices(vm, m.len)?;
        let first = if n == 0 {
            m.start
        } else {
            (m.start as isize + start * m.step) as usize
        };
        return Ok(new_view(
            vm,
            m.obj.clone(),
            first,
            n,
            m.step * step,
            m.readonly,
            m.format,
        ));
    }
    if key.is(&vm.g.ellipsis) {
        return Ok(new_view(
            vm,
            m.obj.clone(),
            m.start,
            m.len,
            m.step,
            m.readonly,
            m.format,
        ));
    }
    if !has_index(key) {
        return Err(vm.type_error("memoryview: invalid slice key"));
    }
    let i = vm.index_isize(key, Some("IndexError"))?;
    match resolve_index(i, m.len).and_then(|i| byte_at(a.zelf(), i)) {
        Some(b) => Ok(m.item(vm, b)),
        None => Err(vm.index_error("index out of bounds on dimension 1")),
    }
}

/// The byte a value stores in a view of format `fmt`.
fn item_byte(vm: &Vm, fmt: u8, v: &PyRef) -> PyResult<u8> {
    let fname = fmt as char;
    if fmt == b'c' {
        return match v.downcast::<Bytes>().map(Bytes::as_bytes) {
            Some([b]) => Ok(*b),
            Some(_) => {
                Err(vm.value_error(format!("memoryview: invalid value for format '{fname}'")))
            }
            None => Err(vm.type_error(format!("memoryview: invalid type for format '{fname}'"))),
        };
    }
    let Some(i) = v.downcast::<Int>() else {
        return Err(vm.type_error(format!("memoryview: invalid type for format '{fname}'")));
    };
    let range = if fmt == b'b' { -128..128 } else { 0..256 };
    match i.to_i64() {
        Some(x) if range.contains(&x) => Ok(x as u8),
        _ => Err(vm.value_error(format!("memoryview: invalid value for format '{fname}'"))),
    }
}

fn memoryview_setitem(vm: &Vm, a: Args) -> PyResult {
    let pos = wrapper_args(vm, &a, "__setitem__", 2)?;
    let (key, value) = (&pos[0], &pos[1]);
    let m = live(vm, &a)?;
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let target = m
        .obj
        .downcast::<ByteArray>()
        .expect("writable views are over a bytearray");
    let position = |i: usize| (m.start as isize + i as isize * m.step) as usize;
    if let Some(sl) = key.downcast::<Slice>() {
        let (start, _, step, n) = sl.indices(vm, m.len)?;
        let src = match buffer(value) {
            Some(b) => b.into_owned(),
            None => {
                return Err(vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    value.ty().name
                )));
            }
        };
        if src.len() != n {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        let mut d = target.data.borrow_mut();
        for (k, b) in src.into_iter().enumerate() {
            if let Some(slot) = d.get_mut(position((start + k as isize * step) as usize)) {
                *slot = b;
            }
        }
        return Ok(vm.none());
    }
    if !has_index(key) {
        return Err(vm.type_error("memoryview: invalid slice key"));
    }
    let i = vm.index_isize(key, Some("IndexError"))?;
    let b = item_byte(vm, m.format, value)?;
    let Some(i) = resolve_index(i, m.len) else {
        return Err(vm.index_error("index out of bounds on dimension 1"));
    };
    if let Some(slot) = target.data.borrow_mut().get_mut(position(i)) {
        *slot = b;
    }
    Ok(vm.none())
}

fn memoryview_delitem(vm: &Vm, a: Args) -> PyResult {
    wrapper_args(vm, &a, "__delitem__", 1)?;
    live(vm, &a)?;
    Err(vm.type_error("cannot delete memory"))
}

fn memoryview_tolist_items(vm: &Vm, m: &MemoryView) -> Vec<PyRef> {
    m.contents().into_iter().map(|b| m.item(vm, b)).collect()
}

fn memoryview_iter(vm: &Vm, a: Args) -> PyResult {
    wrapper_args(vm, &a, "__iter__", 0)?;
    let m = live(vm, &a)?;
    if m.format == b'B' {
        return Ok(crate::objects::iterators::new_bytes_iter(
            vm,
            a.zelf().clone(),
        ));
    }
    let list = vm.new_list(memoryview_tolist_items(vm, m));
    vm.iter(&list)
}

/// The values a view compares by: its items as integers (or bytes for
/// format 'c', compared by their byte).
fn view_values(o: &PyRef) -> Option<Vec<i64>> {
    if let Some(m) = o.downcast::<MemoryView>() {
        if m.released.get() {
            return None;
        }
        let signed = m.format == b'b';
        return Some(
            m.contents()
                .into_iter()
                .map(|b| if signed { b as i8 as i64 } else { b as i64 })
                .collect(),
        );
    }
    buffer(o).map(|b| b.iter().map(|x| *x as i64).collect())
}

fn memoryview_richcompare(vm: &Vm, a: Args, name: &str, eq: bool) -> PyResult {
    let other = &wrapper_args(vm, &a, name, 1)?[0];
    let zelf = a.zelf();
    if zelf.is(other) {
        return Ok(vm.bool(eq));
    }
    let m = mv(zelf);
    if m.released.get()
        || other
            .downcast::<MemoryView>()
            .is_some_and(|o| o.released.get())
    {
        return Ok(vm.bool(!eq));
    }
    match (view_values(zelf), view_values(other)) {
        (Some(x), Some(y)) => Ok(vm.bool((x == y) == eq)),
        _ => Ok(vm.g.not_implemented.clone()),
    }
}

fn memoryview_eq(vm: &Vm, a: Args) -> PyResult {
    memoryview_richcompare(vm, a, "__eq__", true)
}

fn memoryview_ne(vm: &Vm, a: Args) -> PyResult {
    memoryview_richcompare(vm, a, "__ne__", false)
}

fn memoryview_hash(vm: &Vm, a: Args) -> PyResult {
    wrapper_args(vm, &a, "__hash__", 0)?;
    let m = live(vm, &a)?;
    if !m.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    Ok(vm.new_int(crate::hashing::hash_bytes(&m.contents())))
}

fn memoryview_repr(vm: &Vm, a: Args) -> PyResult {
    wrapper_args(vm, &a, "__repr__", 0)?;
    let zelf = a.zelf();
    let what = if mv(zelf).released.get() {
        "released memory"
    } else {
        "memory"
    };
    Ok(vm.new_str(format!("<{what} at {:#x}>", zelf.id())))
}

fn release(m: &MemoryView) {
    if !m.released.replace(true) {
        unexport(&m.obj);
    }
}

fn memoryview_release(vm: &Vm, a: Args) -> PyResult {
    clinic_args(vm, &a, "memoryview", "release", 0, 0)?;
    release(mv(a.zelf()));
    Ok(vm.none())
}

fn memoryview_enter(vm: &Vm, a: Args) -> PyResult {
    clinic_args(vm, &a, "memoryview", "__enter__", 0, 0)?;
    live(vm, &a)?;
    Ok(a.zelf().clone())
}

fn memoryview_exit(vm: &Vm, a: Args) -> PyResult {
    if a.has_keywords() {
        return Err(vm.type_error("memoryview.__exit__() takes no keyword arguments"));
    }
    release(mv(a.zelf()));
    Ok(vm.none())
}

fn memoryview_tobytes(vm: &Vm, a: Args) -> PyResult {
    let [order] = kw_args(vm, &a, 1, "tobytes", ["order"])?;
    if let Some(o) = order.as_ref().filter(|o| !vm.is_none(o)) {
        let ok = str_payload(o).is_some_and(|s| matches!(s.as_str(), "C" | "F" | "A"));
        if !ok {
            return Err(vm.value_error("order must be 'C', 'F' or 'A'"));
        }
    }
    Ok(new_bytes(vm, live(vm, &a)?.contents()))
}

fn memoryview_tolist(vm: &Vm, a: Args) -> PyResult {
    clinic_args(vm, &a, "memoryview", "tolist", 0, 0)?;
    let m = live(vm, &a)?;
    Ok(vm.new_list(memoryview_tolist_items(vm, m)))
}

fn memoryview_hex(vm: &Vm, a: Args) -> PyResult {
    let d = live(vm, &a)?.contents();
    hex_impl(vm, &a, &d)
}

fn memoryview_toreadonly(vm: &Vm, a: Args) -> PyResult {
    clinic_args(vm, &a, "memoryview", "toreadonly", 0, 0)?;
    let m = live(vm, &a)?;
    Ok(new_view(
        vm,
        m.obj.clone(),
        m.start,
        m.len,
        m.step,
        true,
        m.format,
    ))
}

fn memoryview_cast(vm: &Vm, a: Args) -> PyResult {
    let [format, shape] = kw_args(vm, &a, 1, "cast", ["format", "shape"])?;
    let Some(format) = format else {
        return Err(vm.type_error("cast() missing required argument 'format' (pos 1)"));
    };
    let Some(f) = str_payload(&format) else {
        return Err(vm.type_error(format!(
            "cast() argument 'format' must be str, not {}",
            format.ty().name
        )));
    };
    let m = live(vm, &a)?;
    let code = match f.as_str().trim_start_matches('@') {
        "B" => b'B',
        "b" => b'b',
        "c" => b'c',
        "h" | "H" | "i" | "I" | "l" | "L" | "q" | "Q" | "n" | "N" | "f" | "d" | "e" | "?" | "P" => {
            return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
        }
        _ => {
            return Err(vm.value_error(
                "memoryview: destination format must be a native single character format prefixed with an optional '@'",
            ));
        }
    };
    if m.step != 1 && m.len > 1 {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    if let Some(s) = shape.as_ref().filter(|s| !vm.is_none(s)) {
        let dims = vm.to_vec(s)?;
        let ok = dims.len() == 1
            && dims[0].downcast::<Int>().and_then(Int::to_i64) == Some(m.len as i64);
        if !ok {
            return Err(vm.type_error("memoryview: product(shape) * itemsize != buffer size"));
        }
    }
    Ok(new_view(
        vm,
        m.obj.clone(),
        m.start,
        m.len,
        1,
        m.readonly,
        code,
    ))
}

fn live_view<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a MemoryView> {
    let m = mv(o);
    m.check(vm)?;
    Ok(m)
}

fn mv_obj(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(live_view(vm, o)?.obj.clone())
}

fn mv_nbytes(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_int(live_view(vm, o)?.len as i64))
}

fn mv_readonly(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.bool(live_view(vm, o)?.readonly))
}

fn mv_format(vm: &Vm, o: &PyRef) -> PyResult {
    let f = live_view(vm, o)?.format;
    Ok(vm.new_str((f as char).to_string()))
}

fn mv_itemsize(vm: &Vm, o: &PyRef) -> PyResult {
    live_view(vm, o)?;
    Ok(vm.new_int(1))
}

fn mv_ndim(vm: &Vm, o: &PyRef) -> PyResult {
    live_view(vm, o)?;
    Ok(vm.new_int(1))
}

fn mv_shape(vm: &Vm, o: &PyRef) -> PyResult {
    let m = live_view(vm, o)?;
    Ok(vm.new_tuple(vec![vm.new_int(m.len as i64)]))
}

fn mv_strides(vm: &Vm, o: &PyRef) -> PyResult {
    let m = live_view(vm, o)?;
    Ok(vm.new_tuple(vec![vm.new_int(m.step as i64)]))
}

fn mv_suboffsets(vm: &Vm, o: &PyRef) -> PyResult {
    live_view(vm, o)?;
    Ok(vm.g.empty_tuple.clone())
}

fn mv_contiguous(vm: &Vm, o: &PyRef) -> PyResult {
    let m = live_view(vm, o)?;
    Ok(vm.bool(m.step == 1 || m.len <= 1))
}

// ---- registration -----------------------------------------------------------

/// Methods `bytes` and `bytearray` share.
fn fill_common(g: &Globals, t: &PyRef) {
    add_method(g, t, "__repr__", signature!("($self, /)"), bytes_repr);
    add_method(g, t, "__len__", signature!("($self, /)"), bytes_len);
    add_method(
        g,
        t,
        "__getitem__",
        signature!("($self, key, /)"),
        bytes_getitem,
    );
    add_method(
        g,
        t,
        "__contains__",
        signature!("($self, key, /)"),
        bytes_contains,
    );
    add_method(g, t, "__iter__", signature!("($self, /)"), bytes_iter);
    add_method(g, t, "__add__", signature!("($self, value, /)"), bytes_add);
    add_method(g, t, "__mul__", signature!("($self, value, /)"), bytes_mul);
    add_method(
        g,
        t,
        "__rmul__",
        signature!("($self, value, /)"),
        bytes_rmul,
    );
    add_method(g, t, "__mod__", signature!("($self, value, /)"), bytes_mod);
    add_method(
        g,
        t,
        "__rmod__",
        signature!("($self, value, /)"),
        bytes_rmod,
    );
    add_method(g, t, "__eq__", signature!("($self, value, /)"), bytes_eq);
    add_method(g, t, "__ne__", signature!("($self, value, /)"), bytes_ne);
    add_method(g, t, "__lt__", signature!("($self, value, /)"), bytes_lt);
    add_method(g, t, "__le__", signature!("($self, value, /)"), bytes_le);
    add_method(g, t, "__gt__", signature!("($self, value, /)"), bytes_gt);
    add_method(g, t, "__ge__", signature!("($self, value, /)"), bytes_ge);
    add_method(g, t, "__sizeof__", signature!("($self, /)"), bytes_sizeof);
    add_method(
        g,
        t,
        "capitalize",
        signature!(hidden "($self, /)"),
        bytes_capitalize,
    );
    add_method(
        g,
        t,
        "center",
        signature!("($self, width, fillchar=b' ', /)"),
        bytes_center,
    );
    add_method(
        g,
        t,
        "count",
        signature!(hidden "($self, sub[, start[, end]])"),
        bytes_count,
    );
    add_method(
        g,
        t,
        "decode",
        signature!("($self, /, encoding='utf-8', errors='strict')"),
        bytes_decode,
    );
    add_method(
        g,
        t,
        "endswith",
        signature!(hidden "($self, suffix[, start[, end]])"),
        bytes_endswith,
    );
    add_method(
        g,
        t,
        "expandtabs",
        signature!("($self, /, tabsize=8)"),
        bytes_expandtabs,
    );
    add_method(
        g,
        t,
        "find",
        signature!(hidden "($self, sub[, start[, end]])"),
        bytes_find,
    );
    add_classmethod(g, t, "fromhex", signature!("($type, string, /)"), fromhex);
    add_method(
        g,
        t,
        "hex",
        signature!("($self, /, sep=<unrepresentable>, bytes_per_sep=1)"),
        bytes_hex,
    );
    add_method(
        g,
        t,
        "index",
        signature!(hidden "($self, sub[, start[, end]])"),
        bytes_index,
    );
    add_method(
        g,
        t,
        "isalnum",
        signature!(hidden "($self, /)"),
        bytes_isalnum,
    );
    add_method(
        g,
        t,
        "isalpha",
        signature!(hidden "($self, /)"),
        bytes_isalpha,
    );
    add_method(
        g,
        t,
        "isascii",
        signature!(hidden "($self, /)"),
        bytes_isascii,
    );
    add_method(
        g,
        t,
        "isdigit",
        signature!(hidden "($self, /)"),
        bytes_isdigit,
    );
    add_method(
        g,
        t,
        "islower",
        signature!(hidden "($self, /)"),
        bytes_islower,
    );
    add_method(
        g,
        t,
        "isspace",
        signature!(hidden "($self, /)"),
        bytes_isspace,
    );
    add_method(
        g,
        t,
        "istitle",
        signature!(hidden "($self, /)"),
        bytes_istitle,
    );
    add_method(
        g,
        t,
        "isupper",
        signature!(hidden "($self, /)"),
        bytes_isupper,
    );
    add_method(
        g,
        t,
        "join",
        signature!("($self, iterable_of_bytes, /)"),
        bytes_join,
    );
    add_method(
        g,
        t,
        "ljust",
        signature!("($self, width, fillchar=b' ', /)"),
        bytes_ljust,
    );
    add_method(g, t, "lower", signature!(hidden "($self, /)"), bytes_lower);
    add_method(
        g,
        t,
        "lstrip",
        signature!("($self, bytes=None, /)"),
        bytes_lstrip,
    );
    add_method(
        g,
        t,
        "partition",
        signature!("($self, sep, /)"),
        bytes_partition,
    );
    add_method(
        g,
        t,
        "removeprefix",
        signature!("($self, prefix, /)"),
        bytes_removeprefix,
    );
    add_method(
        g,
        t,
        "removesuffix",
        signature!("($self, suffix, /)"),
        bytes_removesuffix,
    );
    add_method(
        g,
        t,
        "replace",
        signature!("($self, old, new, count=-1, /)"),
        bytes_replace,
    );
    add_method(
        g,
        t,
        "rfind",
        signature!(hidden "($self, sub[, start[, end]])"),
        bytes_rfind,
    );
    add_method(
        g,
        t,
        "rindex",
        signature!(hidden "($self, sub[, start[, end]])"),
        bytes_rindex,
    );
    add_method(
        g,
        t,
        "rjust",
        signature!("($self, width, fillchar=b' ', /)"),
        bytes_rjust,
    );
    add_method(
        g,
        t,
        "rpartition",
        signature!("($self, sep, /)"),
        bytes_rpartition,
    );
    add_method(
        g,
        t,
        "rsplit",
        signature!("($self, /, sep=None, maxsplit=-1)"),
        bytes_rsplit,
    );
    add_method(
        g,
        t,
        "rstrip",
        signature!("($self, bytes=None, /)"),
        bytes_rstrip,
    );
    add_method(
        g,
        t,
        "split",
        signature!("($self, /, sep=None, maxsplit=-1)"),
        bytes_split,
    );
    add_method(
        g,
        t,
        "splitlines",
        signature!("($self, /, keepends=False)"),
        bytes_splitlines,
    );
    add_method(
        g,
        t,
        "startswith",
        signature!(hidden "($self, prefix[, start[, end]])"),
        bytes_startswith,
    );
    add_method(
        g,
        t,
        "strip",
        signature!("($self, bytes=None, /)"),
        bytes_strip,
    );
    add_method(
        g,
        t,
        "swapcase",
        signature!(hidden "($self, /)"),
        bytes_swapcase,
    );
    add_method(g, t, "title", signature!(hidden "($self, /)"), bytes_title);
    add_method(
        g,
        t,
        "translate",
        signature!("($self, table, /, delete=b'')"),
        bytes_translate,
    );
    add_method(g, t, "upper", signature!(hidden "($self, /)"), bytes_upper);
    add_method(g, t, "zfill", signature!("($self, width, /)"), bytes_zfill);
}

pub fn fill(g: &Globals) {
    let b = &g.bytes;
    add_static(
        g,
        b,
        "__new__",
        signature!("($type, *args, **kwargs)"),
        bytes_new,
    );
    fill_common(g, b);
    add_method(g, b, "__str__", signature!("($self, /)"), bytes_repr);
    add_method(g, b, "__hash__", signature!("($self, /)"), bytes_hash);
    add_method(
        g,
        b,
        "__getnewargs__",
        signature!(hidden "($self, /)"),
        bytes_getnewargs,
    );
    add_method(g, b, "__bytes__", signature!("($self, /)"), bytes_bytes);
    add_static(
        g,
        b,
        "maketrans",
        signature!("(frm, to, /)"),
        bytes_maketrans,
    );
    add_doc(
        g,
        b,
        "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n\
bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\n\
bytes() -> empty bytes object\n\nConstruct an immutable array of bytes from:\n  - an iterable yielding integers in range(256)\n\
  - a text string encoded using the specified encoding\n  - any object implementing the buffer API.\n  - an integer",
    );

    let ba = &g.bytearray;
    add_static(
        g,
        ba,
        "__new__",
        signature!("($type, *args, **kwargs)"),
        bytearray_new,
    );
    add_method(
        g,
        ba,
        "__init__",
        signature!("($self, /, *args, **kwargs)"),
        bytearray_init,
    );
    fill_common(g, ba);
    crate::objects::set_type_attr(g, ba, "__hash__", g.none.clone());
    add_method(
        g,
        ba,
        "__setitem__",
        signature!("($self, key, value, /)"),
        bytearray_setitem,
    );
    add_method(
        g,
        ba,
        "__delitem__",
        signature!("($self, key, /)"),
        bytearray_delitem,
    );
    add_method(
        g,
        ba,
        "__iadd__",
        signature!("($self, value, /)"),
        bytearray_iadd,
    );
    add_method(
        g,
        ba,
        "__imul__",
        signature!("($self, value, /)"),
        bytearray_imul,
    );
    add_method(
        g,
        ba,
        "__alloc__",
        signature!(hidden "($self, /)"),
        bytearray_alloc,
    );
    add_static(
        g,
        ba,
        "maketrans",
        signature!("(frm, to, /)"),
        bytearray_maketrans,
    );
    add_method(
        g,
        ba,
        "__reduce__",
        signature!("($self, /)"),
        bytearray_reduce,
    );
    add_method(
        g,
        ba,
        "__reduce_ex__",
        signature!("($self, proto=0, /)"),
        bytearray_reduce_ex,
    );
    add_method(
        g,
        ba,
        "append",
        signature!("($self, item, /)"),
        bytearray_append,
    );
    add_method(g, ba, "clear", signature!("($self, /)"), bytearray_clear);
    add_method(g, ba, "copy", signature!("($self, /)"), bytearray_copy);
    add_method(
        g,
        ba,
        "extend",
        signature!("($self, iterable_of_ints, /)"),
        bytearray_extend,
    );
    add_method(
        g,
        ba,
        "insert",
        signature!("($self, index, item, /)"),
        bytearray_insert,
    );
    add_method(
        g,
        ba,
        "pop",
        signature!("($self, index=-1, /)"),
        bytearray_pop,
    );
    add_method(
        g,
        ba,
        "remove",
        signature!("($self, value, /)"),
        bytearray_remove,
    );
    add_method(
        g,
        ba,
        "reverse",
        signature!("($self, /)"),
        bytearray_reverse,
    );
    add_doc(
        g,
        ba,
        "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\n\
bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n\
bytearray() -> empty bytes array\n\nConstruct a mutable bytearray object from:\n  - an iterable yielding integers in range(256)\n\
  - a text string encoded using the specified encoding\n  - a bytes or a buffer object\n  - any object implementing the buffer API.\n  - an integer",
    );

    let m = &g.memoryview;
    add_static(
        g,
        m,
        "__new__",
        signature!("($type, *args, **kwargs)"),
        memoryview_new,
    );
    add_method(g, m, "__len__", signature!("($self, /)"), memoryview_len);
    add_method(
        g,
        m,
        "__getitem__",
        signature!("($self, key, /)"),
        memoryview_getitem,
    );
    add_method(
        g,
        m,
        "__setitem__",
        signature!("($self, key, value, /)"),
        memoryview_setitem,
    );
    add_method(
        g,
        m,
        "__delitem__",
        signature!("($self, key, /)"),
        memoryview_delitem,
    );
    add_method(g, m, "__iter__", signature!("($self, /)"), memoryview_iter);
    add_method(
        g,
        m,
        "__eq__",
        signature!("($self, value, /)"),
        memoryview_eq,
    );
    add_method(
        g,
        m,
        "__ne__",
        signature!("($self, value, /)"),
        memoryview_ne,
    );
    add_method(g, m, "__hash__", signature!("($self, /)"), memoryview_hash);
    add_method(g, m, "__repr__", signature!("($self, /)"), memoryview_repr);
    add_method(
        g,
        m,
        "__enter__",
        signature!(hidden "($self, /)"),
        memoryview_enter,
    );
    add_method(
        g,
        m,
        "__exit__",
        signature!(hidden "($self, *args)"),
        memoryview_exit,
    );
    add_method(
        g,
        m,
        "release",
        signature!("($self, /)"),
        memoryview_release,
    );
    add_method(
        g,
        m,
        "tobytes",
        signature!("($self, /, order='C')"),
        memoryview_tobytes,
    );
    add_method(g, m, "tolist", signature!("($self, /)"), memoryview_tolist);
    add_method(
        g,
        m,
        "hex",
        signature!("($self, /, sep=<unrepresentable>, bytes_per_sep=1)"),
        memoryview_hex,
    );
    add_method(
        g,
        m,
        "toreadonly",
        signature!("($self, /)"),
        memoryview_toreadonly,
    );
    add_method(
        g,
        m,
        "cast",
        signature!("($self, /, format, shape=<unrepresentable>)"),
        memoryview_cast,
    );
    add_getset(g, m, "obj", mv_obj, None);
    add_getset(g, m, "nbytes", mv_nbytes, None);
    add_getset(g, m, "readonly", mv_readonly, None);
    add_getset(g, m, "format", mv_format, None);
    add_getset(g, m, "itemsize", mv_itemsize, None);
    add_getset(g, m, "ndim", mv_ndim, None);
    add_getset(g, m, "shape", mv_shape, None);
    add_getset(g, m, "strides", mv_strides, None);
    add_getset(g, m, "suboffsets", mv_suboffsets, None);
    add_getset(g, m, "c_contiguous", mv_contiguous, None);
    add_getset(g, m, "f_contiguous", mv_contiguous, None);
    add_getset(g, m, "contiguous", mv_contiguous, None);
    add_doc(
        g,
        m,
        "Create a new memoryview object which references the given object.",
    );
}

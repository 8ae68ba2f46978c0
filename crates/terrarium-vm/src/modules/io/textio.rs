//! `TextIOWrapper` and `IncrementalNewlineDecoder` (CPython's `textio.c`).
//!
//! Text is encoded and decoded with the native codecs of the `str` and
//! `bytes` types (UTF-8, ASCII, Latin-1, UTF-16, UTF-32); other encodings
//! use the incremental codecs of the `codecs` module. `tell()` returns the
//! same opaque cookies as CPython: a byte position, with the decoder state
//! and a number of characters to skip packed above bit 64 when the position
//! falls where the decoder holds state.

use std::cell::RefCell;

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use super::{buffered, size_arg, unsupported};
use crate::error::PyResult;
use crate::globals::Globals;
use crate::memory::Reserve;
use crate::object::{Payload, PyRef, alloc};
use crate::objects::bytes::{ByteArray, Bytes, MemoryView, decode_partial, new_bytes};
use crate::objects::int::{Int, new_bigint};
use crate::objects::native::Args;
use crate::objects::str::{as_str, str_payload};
use crate::objects::str_methods::{Codec, Endian, encode_text, lookup_codec};
use crate::objects::tuple::Tuple;
use crate::objects::{add_getset, add_method, add_static};
use crate::vm::Vm;

// ---- newline handling, shared with StringIO -------------------------------------

pub const SEEN_CR: u8 = 1;
pub const SEEN_LF: u8 = 2;
pub const SEEN_CRLF: u8 = 4;

/// The state of CPython's `IncrementalNewlineDecoder` around the byte
/// decoder: a '\r' held back until the next character shows whether it
/// starts a "\r\n", and the kinds of line ending seen.
#[derive(Clone, Copy, Default)]
pub struct NlState {
    pub pendingcr: bool,
    pub seennl: u8,
}

impl NlState {
    /// Applies the held-back '\r', records line endings and, if
    /// `translate`, turns "\r\n" and "\r" into "\n".
    pub fn decode(&mut self, mut output: String, is_final: bool, translate: bool) -> String {
        if self.pendingcr && (is_final || !output.is_empty()) {
            output.insert(0, '\r');
            self.pendingcr = false;
        }
        if !is_final && output.ends_with('\r') {
            output.pop();
            self.pendingcr = true;
        }
        let bytes = output.as_bytes();
        let crlf = bytes.windows(2).filter(|w| w == b"\r\n").count();
        let cr = bytes.iter().filter(|&&c| c == b'\r').count() - crlf;
        let lf = bytes.iter().filter(|&&c| c == b'\n').count() - crlf;
        if crlf > 0 {
            self.seennl |= SEEN_CRLF;
        }
        if cr > 0 {
            self.seennl |= SEEN_CR;
        }
        if lf > 0 {
            self.seennl |= SEEN_LF;
        }
        if translate && (crlf > 0 || cr > 0) {
            output = output.replace("\r\n", "\n").replace('\r', "\n");
        }
        output
    }
}

/// The `newlines` attribute for the line endings seen.
pub fn newlines_obj(vm: &Vm, seen: u8) -> PyRef {
    let s = |t: &str| vm.new_str(t);
    match seen {
        0 => vm.none(),
        SEEN_CR => s("\r"),
        SEEN_LF => s("\n"),
        SEEN_CRLF => s("\r\n"),
        x if x == SEEN_CR | SEEN_LF => vm.new_tuple(vec![s("\r"), s("\n")]),
        x if x == SEEN_CR | SEEN_CRLF => vm.new_tuple(vec![s("\r"), s("\r\n")]),
        x if x == SEEN_LF | SEEN_CRLF => vm.new_tuple(vec![s("\n"), s("\r\n")]),
        _ => vm.new_tuple(vec![s("\r"), s("\n"), s("\r\n")]),
    }
}

/// How lines end when reading, from the `newline` argument.
#[derive(Clone, Debug, PartialEq)]
pub struct LineEndings {
    /// Line endings are already "\n" (newline=None).
    pub translated: bool,
    /// Any of "\r", "\n", "\r\n" ends a line (newline=None or '').
    pub universal: bool,
    /// The one line ending otherwise.
    pub readnl: Vec<char>,
}

/// Where the first line of `s` ends: `Ok(index after its ending)`, or
/// `Err(n)` with the first `n` items known to hold no (part of an) ending.
pub fn find_line_ending<T: Copy + PartialEq>(
    s: &[T],
    le: &LineEndings,
    conv: impl Fn(char) -> T,
) -> Result<usize, usize> {
    let (nl, cr) = (conv('\n'), conv('\r'));
    if le.translated {
        return s
            .iter()
            .position(|&c| c == nl)
            .map(|i| i + 1)
            .ok_or(s.len());
    }
    if le.universal {
        for (i, &c) in s.iter().enumerate() {
            if c == nl {
                return Ok(i + 1);
            }
            if c == cr {
                return match s.get(i + 1) {
                    Some(&n) if n == nl => Ok(i + 2),
                    Some(_) => Ok(i + 1),
                    None => Err(i),
                };
            }
        }
        return Err(s.len());
    }
    let pat: Vec<T> = le.readnl.iter().map(|&c| conv(c)).collect();
    if pat.is_empty() {
        return Err(s.len());
    }
    if let Some(i) = s.windows(pat.len()).position(|w| w == pat.as_slice()) {
        return Ok(i + pat.len());
    }
    Err(s.len().saturating_sub(pat.len() - 1))
}

/// Checks a `newline` argument: None, '', '\n', '\r' or '\r\n'.
pub fn check_newline(vm: &Vm, nl: Option<&str>, quote: bool) -> PyResult<()> {
    match nl {
        None | Some("" | "\n" | "\r" | "\r\n") => Ok(()),
        Some(other) => Err(vm.value_error(if quote {
            format!("illegal newline value: '{other}'")
        } else {
            format!("illegal newline value: {other}")
        })),
    }
}

pub fn line_endings(newline: Option<&str>) -> LineEndings {
    LineEndings {
        translated: newline.is_none(),
        universal: matches!(newline, None | Some("")),
        readnl: newline.unwrap_or("\n").chars().collect(),
    }
}

// ---- byte codecs ------------------------------------------------------------------

/// 0: natural (little-endian) order, 1: byte-swapped, 2: not yet known; the
/// values CPython's UTF-16/32 incremental decoders report in their state.
const ENDIAN_UNKNOWN: u64 = 2;

#[derive(Clone)]
enum ByteDecoder {
    Native {
        codec: Codec,
        errors: String,
        pending: Vec<u8>,
        endian: u64,
    },
    Py(PyRef),
}

/// The decoder of a text stream: bytes to text, then newline handling.
#[derive(Clone)]
struct TextDecoder {
    bytes: ByteDecoder,
    nl: Option<NlState>,
    translate: bool,
}

fn bom_width(codec: Codec) -> usize {
    match codec {
        Codec::Utf16(Endian::Native) => 2,
        Codec::Utf32(Endian::Native) => 4,
        _ => 0,
    }
}

fn with_endian(codec: Codec, little: bool) -> Codec {
    let e = if little { Endian::Little } else { Endian::Big };
    match codec {
        Codec::Utf16(_) => Codec::Utf16(e),
        Codec::Utf32(_) => Codec::Utf32(e),
        c => c,
    }
}

fn decode_native(
    vm: &Vm,
    codec: Codec,
    errors: &str,
    pending: &mut Vec<u8>,
    endian: &mut u64,
    input: &[u8],
    is_final: bool,
) -> PyResult<String> {
    let mut data = std::mem::take(pending);
    data.extend_from_slice(input);
    let mut codec = codec;
    let w = bom_width(codec);
    if w > 0 {
        if *endian == ENDIAN_UNKNOWN {
            if data.len() < w && !is_final {
                *pending = data;
                return Ok(String::new());
            }
            let (le, be): (&[u8], &[u8]) = if w == 2 {
                (b"\xff\xfe", b"\xfe\xff")
            } else {
                (b"\xff\xfe\0\0", b"\0\0\xfe\xff")
            };
            if data.starts_with(le) {
                data.drain(..w);
                *endian = 0;
            } else if data.starts_with(be) {
                data.drain(..w);
                *endian = 1;
            } else if data.len() >= w {
                *endian = 0;
            }
        }
        codec = with_endian(codec, *endian != 1);
    }
    match codec {
        Codec::Utf8 => match std::str::from_utf8(&data) {
            Ok(s) => return Ok(s.to_string()),
            Err(e) if e.error_len().is_none() && !is_final => {
                let n = e.valid_up_to();
                let s = std::str::from_utf8(&data[..n])
                    .unwrap_or_default()
                    .to_string();
                *pending = data[n..].to_vec();
                return Ok(s);
            }
            Err(_) => {}
        },
        Codec::Latin1 => return Ok(data.iter().map(|&b| b as char).collect()),
        Codec::Ascii if data.is_ascii() => return Ok(String::from_utf8(data).unwrap_or_default()),
        _ => {}
    }
    let obj = new_bytes(vm, data.clone());
    let (s, consumed) = decode_partial(vm, &obj, &data, codec, errors, is_final)?;
    *pending = data[consumed..].to_vec();
    Ok(s)
}

impl TextDecoder {
    fn decode(&mut self, vm: &Vm, input: &[u8], is_final: bool) -> PyResult<String> {
        let text = match &mut self.bytes {
            ByteDecoder::Native {
                codec,
                errors,
                pending,
                endian,
            } => decode_native(vm, *codec, errors, pending, endian, input, is_final)?,
            ByteDecoder::Py(d) => {
                let r = vm.call(
                    &vm.getattr_str(d, "decode")?,
                    &[new_bytes(vm, input.to_vec()), vm.bool(is_final)],
                    &[],
                )?;
                match str_payload(&r) {
                    Some(s) => s.as_str().to_string(),
                    None => {
                        return Err(vm.type_error(format!(
                            "decoder should return a string result, not '{}'",
                            r.ty().name
                        )));
                    }
                }
            }
        };
        Ok(match &mut self.nl {
            Some(nl) => nl.decode(text, is_final, self.translate),
            None => text,
        })
    }

    fn getstate(&self, vm: &Vm) -> PyResult<(Vec<u8>, u64)> {
        let (buf, flags) = match &self.bytes {
            ByteDecoder::Native {
                codec,
                pending,
                endian,
                ..
            } => (
                pending.clone(),
                if bom_width(*codec) > 0 { *endian } else { 0 },
            ),
            ByteDecoder::Py(d) => {
                let st = vm.call_method(d, "getstate", &[])?;
                let items = match st.downcast::<Tuple>() {
                    Some(t) if t.len() == 2 => t.items().to_vec(),
                    _ => return Err(vm.type_error("illegal decoder state")),
                };
                let Some(b) = items[0].downcast::<Bytes>() else {
                    return Err(vm.type_error(format!(
                        "illegal decoder state: the first item must be bytes, not {}",
                        items[0].ty().name
                    )));
                };
                let flags = vm
                    .index(&items[1])?
                    .downcast::<Int>()
                    .and_then(Int::to_i64)
                    .unwrap_or(0);
                (b.as_bytes().to_vec(), flags as u64)
            }
        };
        Ok(match &self.nl {
            Some(nl) => (buf, (flags << 1) | nl.pendingcr as u64),
            None => (buf, flags),
        })
    }

    fn setstate(&mut self, vm: &Vm, buf: Vec<u8>, mut flags: u64) -> PyResult<()> {
        if let Some(nl) = &mut self.nl {
            nl.pendingcr = flags & 1 != 0;
            flags >>= 1;
        }
        match &mut self.bytes {
            ByteDecoder::Native {
                pending, endian, ..
            } => {
                *pending = buf;
                *endian = flags;
            }
            ByteDecoder::Py(d) => {
                let st = vm.new_tuple(vec![new_bytes(vm, buf), vm.new_int(flags as i64)]);
                vm.call_method(d, "setstate", &[st])?;
            }
        }
        Ok(())
    }

    fn reset(&mut self, vm: &Vm) -> PyResult<()> {
        if let Some(nl) = &mut self.nl {
            *nl = NlState::default();
        }
        match &mut self.bytes {
            ByteDecoder::Native {
                pending, endian, ..
            } => {
                pending.clear();
                *endian = ENDIAN_UNKNOWN;
            }
            ByteDecoder::Py(d) => {
                vm.call_method(d, "reset", &[])?;
            }
        }
        Ok(())
    }
}

#[derive(Clone)]
enum Encoder {
    Native {
        codec: Codec,
        errors: String,
        bom_pending: bool,
    },
    Py(PyRef),
}

impl Encoder {
    fn encode(&mut self, vm: &Vm, text: &PyRef) -> PyResult<Vec<u8>> {
        match self {
            Encoder::Native {
                codec,
                errors,
                bom_pending,
            } => {
                if *codec == Codec::Utf8 {
                    return Ok(as_str(text).as_bytes().to_vec());
                }
                let c = if bom_width(*codec) > 0 && !*bom_pending {
                    with_endian(*codec, true)
                } else {
                    *codec
                };
                *bom_pending = false;
                encode_text(vm, text, c, errors)
            }
            Encoder::Py(e) => {
                let r = vm.call_method(e, "encode", std::slice::from_ref(text))?;
                match r.downcast::<Bytes>() {
                    Some(b) => Ok(b.as_bytes().to_vec()),
                    None => Err(vm.type_error(format!(
                        "encoder should return a bytes object, not '{}'",
                        r.ty().name
                    ))),
                }
            }
        }
    }

    /// Back to the start of a stream (`fresh`: a BOM comes first) or to the
    /// middle of one.
    fn restart(&mut self, vm: &Vm, fresh: bool) -> PyResult<()> {
        match self {
            Encoder::Native { bom_pending, .. } => *bom_pending = fresh,
            Encoder::Py(e) => {
                if fresh {
                    vm.call_method(e, "reset", &[])?;
                } else {
                    vm.call_method(e, "setstate", &[vm.new_int(0)])?;
                }
            }
        }
        Ok(())
    }
}

/// The incremental codecs of the `codecs` module for an encoding the
/// runtime does not implement natively.
fn py_codecs(
    vm: &Vm,
    encoding: &str,
    errors: &str,
    readable: bool,
    writable: bool,
) -> PyResult<(Option<PyRef>, Option<PyRef>)> {
    let codecs = match crate::modules::import_module(vm, "codecs", &vm.none(), 0) {
        Ok(m) => m,
        Err(e) if vm.err_matches(&e, "ImportError") => {
            return Err(vm.new_exc("LookupError", format!("unknown encoding: {encoding}")));
        }
        Err(e) => return Err(e),
    };
    let info = vm.call_method(&codecs, "lookup", &[vm.new_str(encoding)])?;
    if let Some(is_text) = vm.getattr_opt(&info, &vm.intern("_is_text_encoding"))?
        && !vm.truthy(&is_text)?
    {
        return Err(vm.new_exc(
            "LookupError",
            format!(
                "'{encoding}' is not a text encoding; use codecs.open() to handle arbitrary codecs"
            ),
        ));
    }
    let make = |attr: &str| -> PyResult<PyRef> {
        let f = vm.getattr_str(&info, attr)?;
        vm.call1(&f, vm.new_str(errors))
    };
    let dec = if readable {
        Some(make("incrementaldecoder")?)
    } else {
        None
    };
    let enc = if writable {
        Some(make("incrementalencoder")?)
    } else {
        None
    };
    Ok((dec, enc))
}

// ---- the wrapper ------------------------------------------------------------------

/// Settings of a new text stream (`TextIOWrapper.__init__`'s arguments).
pub struct TextConfig {
    pub encoding: Option<String>,
    pub errors: Option<String>,
    pub newline: Option<String>,
    pub line_buffering: bool,
    pub write_through: bool,
}

#[derive(Default)]
struct State {
    ok: bool,
    detached: bool,
    buffer: Option<PyRef>,
    /// The buffer is an exact builtin buffered stream.
    fast: bool,
    encoding: String,
    errors: String,
    newline: Option<String>,
    endings: Option<LineEndings>,
    writetranslate: bool,
    writenl: Option<&'static str>,
    line_buffering: bool,
    write_through: bool,
    decoder: Option<TextDecoder>,
    encoder: Option<Encoder>,
    seekable: bool,
    telling: bool,
    has_read1: bool,
    /// Decoded text of the last chunk read; `decoded[pos..]` is unread.
    decoded: String,
    pos: usize,
    /// Decoder flags and the bytes fed to the decoder since the last
    /// chunk started, for `tell()`.
    snapshot: Option<(u64, Vec<u8>)>,
    /// Encoded text not yet given to the buffer.
    pending: Vec<u8>,
    chunk_size: usize,
    /// Bytes per character of the last chunk, to size reads and guide
    /// `tell()`.
    b2cratio: f64,
    mode: Option<PyRef>,
}

/// `_io.TextIOWrapper` (also the payload type behind `sys.stdout` that
/// `print()` recognises).
pub struct TextStream {
    st: RefCell<State>,
}

impl Payload for TextStream {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Ok(st) = self.st.try_borrow() {
            for o in [&st.buffer, &st.mode].into_iter().flatten() {
                visit(o);
            }
            if let Some(TextDecoder {
                bytes: ByteDecoder::Py(d),
                ..
            }) = &st.decoder
            {
                visit(d);
            }
            if let Some(Encoder::Py(e)) = &st.encoder {
                visit(e);
            }
        }
    }
    fn clear(&self) {
        let old = std::mem::take(&mut *self.st.borrow_mut());
        drop(old);
    }
}

fn this<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a TextStream> {
    o.downcast::<TextStream>()
        .ok_or_else(|| vm.type_error("descriptor requires a '_io.TextIOWrapper' object"))
}

/// The buffer of an initialised, attached wrapper.
fn buffer_of(vm: &Vm, t: &TextStream) -> PyResult<PyRef> {
    let st = t.st.borrow();
    if st.detached {
        return Err(vm.value_error("underlying buffer has been detached"));
    }
    match (&st.buffer, st.ok) {
        (Some(b), true) => Ok(b.clone()),
        _ => Err(vm.value_error("I/O operation on uninitialized object")),
    }
}

fn is_closed(vm: &Vm, zelf: &PyRef, t: &TextStream, buffer: &PyRef) -> PyResult<bool> {
    if zelf.type_is(&vm.g.text_stream) && t.st.borrow().fast {
        return buffered::closed_exact(vm, buffer);
    }
    let c = vm.getattr_str(zelf, "closed")?;
    vm.truthy(&c)
}

fn check_open(vm: &Vm, zelf: &PyRef, t: &TextStream) -> PyResult<PyRef> {
    let b = buffer_of(vm, t)?;
    if is_closed(vm, zelf, t, &b)? {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(b)
}

/// Builds the codecs and newline settings of `st` from its configuration.
fn configure(
    vm: &Vm,
    st: &mut State,
    buffer: &PyRef,
    encoding: String,
    errors: String,
    newline: Option<String>,
) -> PyResult<()> {
    let readable = vm.truthy(&vm.call_method(buffer, "readable", &[])?)?;
    let writable = vm.truthy(&vm.call_method(buffer, "writable", &[])?)?;
    let endings = line_endings(newline.as_deref());
    let (decoder, encoder) = match lookup_codec(&encoding) {
        Some(codec) => (
            readable.then(|| ByteDecoder::Native {
                codec,
                errors: errors.clone(),
                pending: Vec::new(),
                endian: ENDIAN_UNKNOWN,
            }),
            writable.then(|| Encoder::Native {
                codec,
                errors: errors.clone(),
                bom_pending: true,
            }),
        ),
        None => {
            let (d, e) = py_codecs(vm, &encoding, &errors, readable, writable)?;
            (d.map(ByteDecoder::Py), e.map(Encoder::Py))
        }
    };
    st.decoder = decoder.map(|bytes| TextDecoder {
        bytes,
        nl: endings.universal.then(NlState::default),
        translate: endings.translated,
    });
    st.encoder = encoder;
    st.writetranslate = newline.as_deref() != Some("");
    st.writenl = match newline.as_deref() {
        Some("\r") => Some("\r"),
        Some("\r\n") => Some("\r\n"),
        _ => None,
    };
    st.endings = Some(endings);
    st.newline = newline;
    st.encoding = encoding;
    st.errors = errors;
    Ok(())
}

fn init_wrapper(vm: &Vm, zelf: &PyRef, buffer: PyRef, config: TextConfig) -> PyResult<()> {
    let t = this(vm, zelf)?;
    check_newline(vm, config.newline.as_deref(), false)?;
    let encoding = match config.encoding {
        None => "UTF-8".to_string(),
        Some(e) if e == "locale" => "UTF-8".to_string(),
        Some(e) => e,
    };
    let errors = config.errors.unwrap_or_else(|| "strict".into());
    let mut st = State {
        chunk_size: 8192,
        ..State::default()
    };
    configure(vm, &mut st, &buffer, encoding, errors, config.newline)?;
    st.line_buffering = config.line_buffering;
    st.write_through = config.write_through;
    st.seekable = vm.truthy(&vm.call_method(&buffer, "seekable", &[])?)?;
    st.telling = st.seekable;
    st.has_read1 = vm.getattr_opt(&buffer, &vm.intern("read1"))?.is_some();
    st.fast = buffered::is_exact(vm, &buffer);
    if st.seekable && st.encoder.is_some() {
        let pos = vm.call_method(&buffer, "tell", &[])?;
        if !vm.index(&pos)?.downcast::<Int>().is_some_and(Int::is_zero)
            && let Some(enc) = &mut st.encoder
        {
            enc.restart(vm, false)?;
        }
    }
    st.buffer = Some(buffer);
    st.ok = true;
    st.mode = t.st.borrow_mut().mode.take();
    let old = t.st.replace(st);
    drop(old);
    Ok(())
}

/// A new `TextIOWrapper` (of class `cls`) over `buffer`.
pub fn new_text_wrapper(
    vm: &Vm,
    cls: &PyRef,
    buffer: PyRef,
    config: TextConfig,
) -> PyResult<PyRef> {
    let o = alloc(
        cls,
        TextStream {
            st: RefCell::new(State::default()),
        },
    );
    init_wrapper(vm, &o, buffer, config)?;
    Ok(o)
}

/// Sets the `mode` attribute, as `open()` does.
pub fn set_mode(o: &PyRef, mode: PyRef) {
    if let Some(t) = o.downcast::<TextStream>() {
        let old = t.st.borrow_mut().mode.replace(mode);
        drop(old);
    }
}

/// Gives the encoded text waiting in the wrapper to the buffer.
fn write_pending(vm: &Vm, t: &TextStream, buffer: &PyRef) -> PyResult<()> {
    let (data, fast) = {
        let mut st = t.st.borrow_mut();
        if st.pending.is_empty() {
            return Ok(());
        }
        (std::mem::take(&mut st.pending), st.fast)
    };
    if fast {
        let r = buffered::write_exact(vm, buffer, &data);
        // Keep the allocation for the next writes.
        let mut data = data;
        data.clear();
        let mut st = t.st.borrow_mut();
        if st.pending.is_empty() {
            st.pending = data;
        }
        r
    } else {
        vm.call_method(buffer, "write", &[new_bytes(vm, data)])
            .map(|_| ())
    }
}

fn flush_buffer(vm: &Vm, t: &TextStream, buffer: &PyRef) -> PyResult<()> {
    if t.st.borrow().fast {
        buffered::flush_exact(vm, buffer)
    } else {
        vm.call_method(buffer, "flush", &[]).map(|_| ())
    }
}

/// Drops decoded text and decoder state after a write or seek.
fn forget_decoded(vm: &Vm, t: &TextStream, reset_decoder: bool) -> PyResult<()> {
    let decoder = {
        let mut st = t.st.borrow_mut();
        st.decoded.clear();
        st.pos = 0;
        st.snapshot = None;
        if reset_decoder {
            st.decoder.clone()
        } else {
            None
        }
    };
    if let Some(mut d) = decoder {
        d.reset(vm)?;
        t.st.borrow_mut().decoder = Some(d);
    }
    Ok(())
}

fn write(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "write", 1, 1, 1)?;
    let zelf = a.zelf();
    let t = this(vm, zelf)?;
    let text = &pos[0];
    let Some(s) = str_payload(text) else {
        return Err(vm.type_error(format!(
            "write() argument must be str, not {}",
            text.ty().name
        )));
    };
    let buffer = check_open(vm, zelf, t)?;
    let (utf8, writenl, line_buffering, write_through, chunk_size, has_decoder) = {
        let st = t.st.borrow();
        let utf8 = match &st.encoder {
            None => return Err(unsupported(vm, "not writable")),
            Some(Encoder::Native { codec, .. }) => *codec == Codec::Utf8,
            Some(Encoder::Py(_)) => false,
        };
        let writenl = if st.writetranslate { st.writenl } else { None };
        (
            utf8,
            writenl,
            st.line_buffering,
            st.write_through,
            st.chunk_size,
            st.decoder.is_some(),
        )
    };
    let str_text = s.as_str();
    let haslf = (writenl.is_some() || line_buffering) && str_text.contains('\n');
    let needflush = line_buffering && (haslf || str_text.contains('\r'));
    let translated = writenl
        .filter(|_| haslf)
        .map(|nl| str_text.replace('\n', nl));
    // UTF-8 (stdout, most files) is the text itself; other codecs encode.
    let encoded: std::borrow::Cow<[u8]> = if utf8 {
        std::borrow::Cow::Borrowed(translated.as_deref().unwrap_or(str_text).as_bytes())
    } else {
        let encoder = t.st.borrow().encoder.clone();
        let Some(mut encoder) = encoder else {
            return Err(unsupported(vm, "not writable"));
        };
        let bytes = match translated {
            Some(tr) => encoder.encode(vm, &vm.new_str(tr))?,
            None => encoder.encode(vm, text)?,
        };
        t.st.borrow_mut().encoder = Some(encoder);
        std::borrow::Cow::Owned(bytes)
    };
    // Pending bytes go to the buffer in pieces of at most a chunk, unless
    // one write alone is bigger.
    let overflow = {
        let st = t.st.borrow();
        !st.pending.is_empty() && st.pending.len() + encoded.len() > chunk_size
    };
    if overflow {
        write_pending(vm, t, &buffer)?;
    }
    let flush_now = {
        let mut st = t.st.borrow_mut();
        st.pending.reserve_or_raise(vm, encoded.len())?;
        st.pending.extend_from_slice(&encoded);
        st.pending.len() >= chunk_size || needflush || write_through
    };
    if flush_now {
        write_pending(vm, t, &buffer)?;
    }
    if needflush {
        flush_buffer(vm, t, &buffer)?;
    }
    if has_decoder {
        forget_decoded(vm, t, true)?;
    } else {
        t.st.borrow_mut().snapshot = None;
    }
    Ok(vm.new_int(s.char_len() as i64))
}

fn flush(vm: &Vm, a: Args) -> PyResult {
    let zelf = a.zelf();
    let t = this(vm, zelf)?;
    let buffer = check_open(vm, zelf, t)?;
    {
        let mut st = t.st.borrow_mut();
        st.telling = st.seekable;
    }
    write_pending(vm, t, &buffer)?;
    flush_buffer(vm, t, &buffer)?;
    Ok(vm.none())
}

/// Reads and decodes one chunk, of at least `size_hint` characters'
/// worth of bytes as far as the last chunk's ratio tells; false at end of
/// file (when nothing more was decoded).
fn read_chunk(vm: &Vm, t: &TextStream, buffer: &PyRef, size_hint: usize) -> PyResult<bool> {
    let (mut decoder, telling, has_read1, fast, size) = {
        let st = t.st.borrow();
        let Some(d) = st.decoder.clone() else {
            return Err(unsupported(vm, "not readable"));
        };
        let hint = if size_hint > 0 {
            (st.b2cratio.max(1.0) * size_hint as f64) as usize
        } else {
            0
        };
        (
            d,
            st.telling,
            st.has_read1,
            st.fast,
            st.chunk_size.max(hint),
        )
    };
    let state = if telling {
        Some(decoder.getstate(vm)?)
    } else {
        None
    };
    let input: Vec<u8> = if fast && has_read1 {
        buffered::read1_exact(vm, buffer, size)?
    } else {
        let method = if has_read1 { "read1" } else { "read" };
        let r = vm.call_method(buffer, method, &[vm.new_int(size as i64)])?;
        bytes_like(vm, &r, method)?
    };
    let eof = input.is_empty();
    let text = decoder.decode(vm, &input, eof)?;
    let nchars = text.chars().count();
    let mut st = t.st.borrow_mut();
    st.b2cratio = if nchars > 0 {
        input.len() as f64 / nchars as f64
    } else {
        0.0
    };
    st.decoder = Some(decoder);
    st.decoded = text;
    st.pos = 0;
    if let Some((mut buf, flags)) = state {
        buf.extend_from_slice(&input);
        st.snapshot = Some((flags, buf));
    }
    Ok(!eof || nchars > 0)
}

fn bytes_like(vm: &Vm, r: &PyRef, method: &str) -> PyResult<Vec<u8>> {
    if let Some(b) = r.downcast::<Bytes>() {
        return Ok(b.as_bytes().to_vec());
    }
    if r.downcast::<ByteArray>().is_some() || r.downcast::<MemoryView>().is_some() {
        return Ok(crate::objects::bytes::bytes_like(vm, r).unwrap_or_default());
    }
    Err(vm.type_error(format!(
        "underlying {method}() should have returned a bytes-like object, not '{}'",
        r.ty().name
    )))
}

/// Up to `n` characters of the decoded text, consumed.
fn take_decoded(t: &TextStream, n: usize) -> String {
    let mut st = t.st.borrow_mut();
    let rest = &st.decoded[st.pos..];
    let end = rest
        .char_indices()
        .nth(n)
        .map(|(i, _)| i)
        .unwrap_or(rest.len());
    let out = rest[..end].to_string();
    st.pos += end;
    out
}

fn prepare_read(vm: &Vm, zelf: &PyRef, t: &TextStream) -> PyResult<PyRef> {
    let buffer = check_open(vm, zelf, t)?;
    if t.st.borrow().decoder.is_none() {
        return Err(unsupported(vm, "not readable"));
    }
    write_pending(vm, t, &buffer)?;
    Ok(buffer)
}

fn read(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "read", 1, 0, 1)?;
    let zelf = a.zelf();
    let t = this(vm, zelf)?;
    buffer_of(vm, t)?;
    let n = size_arg(vm, pos.first())?;
    let buffer = prepare_read(vm, zelf, t)?;
    if n < 0 {
        let r = vm.call_method(&buffer, "read", &[])?;
        let input = if vm.is_none(&r) {
            Vec::new()
        } else {
            bytes_like(vm, &r, "read")?
        };
        let decoder = t.st.borrow().decoder.clone();
        let Some(mut decoder) = decoder else {
            return Err(unsupported(vm, "not readable"));
        };
        let tail = decoder.decode(vm, &input, true)?;
        let mut st = t.st.borrow_mut();
        st.decoder = Some(decoder);
        let mut out = st.decoded[st.pos..].to_string();
        out.push_str(&tail);
        st.decoded.clear();
        st.pos = 0;
        st.snapshot = None;
        return Ok(vm.new_str(out));
    }
    let n = n as usize;
    let mut out = take_decoded(t, n);
    let mut have = out.chars().count();
    while have < n {
        if !read_chunk(vm, t, &buffer, n - have)? {
            break;
        }
        let more = take_decoded(t, n - have);
        have += more.chars().count();
        out.push_str(&more);
    }
    Ok(vm.new_str(out))
}

fn readline_impl(vm: &Vm, zelf: &PyRef, t: &TextStream, limit: isize) -> PyResult<String> {
    let buffer = prepare_read(vm, zelf, t)?;
    let endings = t.st.borrow().endings.clone();
    let Some(endings) = endings else {
        return Err(vm.value_error("I/O operation on uninitialized object"));
    };
    let mut line = String::new();
    let mut line_chars = 0usize;
    let mut search_from = 0usize;
    loop {
        let done = {
            let mut st = t.st.borrow_mut();
            let start = st.pos;
            let rest = &st.decoded[start..];
            let mut hay = line.as_bytes()[search_from..].to_vec();
            hay.extend_from_slice(rest.as_bytes());
            let (mut take, mut found) = match find_line_ending(&hay, &endings, |c| c as u8) {
                Ok(end) => ((search_from + end).saturating_sub(line.len()), true),
                Err(consumed) => {
                    search_from += consumed;
                    (rest.len(), false)
                }
            };
            if limit >= 0 {
                let allowed = (limit as usize).saturating_sub(line_chars);
                if let Some((i, _)) = rest[..take].char_indices().nth(allowed) {
                    take = i;
                    found = true;
                } else if rest[..take].chars().count() == allowed {
                    found = true;
                }
            }
            let piece = &rest[..take];
            line_chars += piece.chars().count();
            line.push_str(piece);
            st.pos = start + take;
            found
        };
        if done {
            break;
        }
        if !read_chunk(vm, t, &buffer, 0)? {
            let tail = take_decoded(t, usize::MAX);
            line.push_str(&tail);
            let mut st = t.st.borrow_mut();
            st.decoded.clear();
            st.pos = 0;
            st.snapshot = None;
            break;
        }
    }
    Ok(line)
}

fn readline(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "readline", 1, 0, 1)?;
    let zelf = a.zelf();
    let t = this(vm, zelf)?;
    buffer_of(vm, t)?;
    let limit = size_arg(vm, pos.first())?;
    Ok(vm.new_str(readline_impl(vm, zelf, t, limit)?))
}

fn next(vm: &Vm, a: Args) -> PyResult {
    let zelf = a.zelf();
    let t = this(vm, zelf)?;
    t.st.borrow_mut().telling = false;
    let line = if zelf.type_is(&vm.g.text_stream) {
        vm.new_str(readline_impl(vm, zelf, t, -1)?)
    } else {
        let l = vm.call_method(zelf, "readline", &[])?;
        if str_payload(&l).is_none() {
            return Err(vm.new_exc(
                "OSError",
                format!(
                    "readline() should have returned a str object, not '{}'",
                    l.ty().name
                ),
            ));
        }
        l
    };
    if as_str(&line).is_empty() {
        let mut st = t.st.borrow_mut();
        st.snapshot = None;
        st.telling = st.seekable;
        return Err(vm.stop_iteration(None));
    }
    Ok(line)
}

// ---- tell and seek ----------------------------------------------------------------

/// A `tell()` position, packed into an int as CPython's C struct is: a
/// 64-bit byte position, then 32-bit decoder flags, bytes to feed and
/// characters to skip, and an end-of-file flag.
struct Cookie {
    start_pos: i64,
    dec_flags: u32,
    bytes_to_feed: u32,
    chars_to_skip: u32,
    need_eof: bool,
}

impl Cookie {
    fn pack(&self, vm: &Vm) -> PyRef {
        if self.dec_flags == 0
            && self.bytes_to_feed == 0
            && !self.need_eof
            && self.chars_to_skip == 0
        {
            return vm.new_int(self.start_pos);
        }
        let mut v = BigInt::from(self.start_pos as u64);
        v += BigInt::from(self.dec_flags) << 64;
        v += BigInt::from(self.bytes_to_feed) << 96;
        v += BigInt::from(self.chars_to_skip) << 128;
        if self.need_eof {
            v += BigInt::from(1u8) << 160;
        }
        new_bigint(vm, v)
    }

    fn unpack(v: &BigInt) -> Cookie {
        let part = |shift: u32, bits: u32| -> u64 {
            let mask = (BigInt::from(1u8) << bits) - 1u8;
            ((v >> shift) & mask).to_u64().unwrap_or(0)
        };
        Cookie {
            start_pos: part(0, 64) as i64,
            dec_flags: part(64, 32) as u32,
            bytes_to_feed: part(96, 32) as u32,
            chars_to_skip: part(128, 32) as u32,
            need_eof: part(160, 8) != 0,
        }
    }
}

/// Puts the decoder where a cookie starts: reset at the start of the
/// stream (so a UTF-16 decoder looks for its BOM again), else the flags.
fn decoder_at(vm: &Vm, d: &mut TextDecoder, c: &Cookie) -> PyResult<()> {
    if c.start_pos == 0 && c.dec_flags == 0 {
        d.reset(vm)
    } else {
        d.setstate(vm, Vec::new(), c.dec_flags as u64)
    }
}

fn call_self(vm: &Vm, zelf: &PyRef, name: &str) -> PyResult {
    vm.call_method(zelf, name, &[])
}

fn tell(vm: &Vm, a: Args) -> PyResult {
    let zelf = a.zelf();
    let t = this(vm, zelf)?;
    let buffer = check_open(vm, zelf, t)?;
    {
        let st = t.st.borrow();
        if !st.seekable {
            return Err(unsupported(vm, "underlying stream is not seekable"));
        }
        if !st.telling {
            return Err(vm.new_exc("OSError", "telling position disabled by next() call"));
        }
    }
    write_pending(vm, t, &buffer)?;
    call_self(vm, zelf, "flush")?;
    let posobj = vm.call_method(&buffer, "tell", &[])?;
    let (decoder, snapshot, used, b2cratio) = {
        let st = t.st.borrow();
        let used = st.decoded[..st.pos].chars().count();
        (st.decoder.clone(), st.snapshot.clone(), used, st.b2cratio)
    };
    let (Some(mut decoder), Some((dec_flags, next_input))) = (decoder, snapshot) else {
        return Ok(posobj);
    };
    let position = vm
        .index(&posobj)?
        .downcast::<Int>()
        .and_then(Int::to_i64)
        .ok_or_else(|| vm.overflow_error("position too large"))?;
    let mut cookie = Cookie {
        start_pos: position - next_input.len() as i64,
        dec_flags: dec_flags as u32,
        bytes_to_feed: 0,
        chars_to_skip: 0,
        need_eof: false,
    };
    if used == 0 {
        return Ok(cookie.pack(vm));
    }
    let saved = match &decoder.bytes {
        ByteDecoder::Py(_) => Some(decoder.getstate(vm)?),
        ByteDecoder::Native { .. } => None,
    };
    let count = |d: &mut TextDecoder, input: &[u8]| -> PyResult<usize> {
        Ok(d.decode(vm, input, false)?.chars().count())
    };
    // As CPython: first guess a start point from the bytes-per-character
    // ratio, moving back until the decoder holds no bytes there...
    let mut chars_to_skip = used;
    let mut skip_bytes = (b2cratio * used as f64) as isize;
    let mut skip_back = 1isize;
    while skip_bytes > 0 {
        decoder_at(vm, &mut decoder, &cookie)?;
        let n = (skip_bytes as usize).min(next_input.len());
        let decoded = count(&mut decoder, &next_input[..n])?;
        if decoded <= chars_to_skip {
            let (buf, flags) = decoder.getstate(vm)?;
            if buf.is_empty() {
                cookie.dec_flags = flags as u32;
                chars_to_skip -= decoded;
                break;
            }
            skip_bytes -= buf.len() as isize;
            skip_back = 1;
        } else {
            skip_bytes -= skip_back;
            skip_back *= 2;
        }
    }
    if skip_bytes <= 0 {
        skip_bytes = 0;
        decoder_at(vm, &mut decoder, &cookie)?;
    }
    cookie.start_pos += skip_bytes as i64;
    // ... then feed one byte at a time, noting every later safe start
    // point, until the characters to skip are decoded.
    if chars_to_skip > 0 {
        let mut chars_decoded = 0usize;
        let mut i = skip_bytes as usize;
        while i < next_input.len() {
            chars_decoded += count(&mut decoder, &next_input[i..=i])?;
            cookie.bytes_to_feed += 1;
            let (buf, flags) = decoder.getstate(vm)?;
            if buf.is_empty() && chars_decoded <= chars_to_skip {
                cookie.start_pos += cookie.bytes_to_feed as i64;
                chars_to_skip -= chars_decoded;
                cookie.dec_flags = flags as u32;
                cookie.bytes_to_feed = 0;
                chars_decoded = 0;
            }
            if chars_decoded >= chars_to_skip {
                break;
            }
            i += 1;
        }
        if i >= next_input.len() {
            chars_decoded += decoder.decode(vm, b"", true)?.chars().count();
            cookie.need_eof = true;
            if chars_decoded < chars_to_skip {
                return Err(vm.new_exc("OSError", "can't reconstruct logical file position"));
            }
        }
    }
    cookie.chars_to_skip = chars_to_skip as u32;
    if let Some((buf, flags)) = saved {
        decoder.setstate(vm, buf, flags)?;
    }
    Ok(cookie.pack(vm))
}

fn restart_encoder(vm: &Vm, t: &TextStream, fresh: bool) -> PyResult<()> {
    let enc = t.st.borrow().encoder.clone();
    if let Some(mut e) = enc {
        e.restart(vm, fresh)?;
        t.st.borrow_mut().encoder = Some(e);
    }
    Ok(())
}

fn seek(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "seek", 1, 1, 2)?;
    let zelf = a.zelf();
    let t = this(vm, zelf)?;
    let buffer = check_open(vm, zelf, t)?;
    let mut cookie_obj = pos[0].clone();
    let whence = match pos.get(1) {
        Some(w) => vm.index_isize(w, None)?,
        None => 0,
    };
    if !t.st.borrow().seekable {
        return Err(unsupported(vm, "underlying stream is not seekable"));
    }
    let is_zero = |vm: &Vm, o: &PyRef| -> PyResult<bool> { vm.eq_bool(o, &vm.new_int(0)) };
    match whence {
        1 => {
            if !is_zero(vm, &cookie_obj)? {
                return Err(unsupported(vm, "can't do nonzero cur-relative seeks"));
            }
            cookie_obj = call_self(vm, zelf, "tell")?;
        }
        2 => {
            if !is_zero(vm, &cookie_obj)? {
                return Err(unsupported(vm, "can't do nonzero end-relative seeks"));
            }
            call_self(vm, zelf, "flush")?;
            forget_decoded(vm, t, true)?;
            let res = vm.call_method(&buffer, "seek", &[vm.new_int(0), vm.new_int(2)])?;
            let at_start = is_zero(vm, &res)?;
            restart_encoder(vm, t, at_start)?;
            return Ok(res);
        }
        0 => {}
        _ => return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    }
    let cookie_int = vm.index_bigint(&cookie_obj)?;
    if cookie_int < BigInt::zero() {
        return Err(vm.value_error(format!(
            "negative seek position {}",
            vm.repr_string(&cookie_obj)?
        )));
    }
    call_self(vm, zelf, "flush")?;
    let c = Cookie::unpack(&cookie_int);
    vm.call_method(&buffer, "seek", &[vm.new_int(c.start_pos)])?;
    forget_decoded(vm, t, false)?;
    let decoder = t.st.borrow().decoder.clone();
    if let Some(mut d) = decoder {
        decoder_at(vm, &mut d, &c)?;
        {
            let mut st = t.st.borrow_mut();
            st.decoder = Some(d.clone());
            st.snapshot = Some((c.dec_flags as u64, Vec::new()));
        }
        if c.chars_to_skip > 0 {
            let r = vm.call_method(&buffer, "read", &[vm.new_int(c.bytes_to_feed as i64)])?;
            let input = bytes_like(vm, &r, "read")?;
            let text = d.decode(vm, &input, c.need_eof)?;
            let skip = c.chars_to_skip as usize;
            let skip_at = match text.char_indices().nth(skip) {
                Some((i, _)) => i,
                None if text.chars().count() == skip => text.len(),
                None => return Err(vm.new_exc("OSError", "can't restore logical file position")),
            };
            let mut st = t.st.borrow_mut();
            st.decoder = Some(d);
            st.snapshot = Some((c.dec_flags as u64, input));
            st.decoded = text;
            st.pos = skip_at;
        }
    }
    restart_encoder(vm, t, c.start_pos == 0 && c.dec_flags == 0)?;
    Ok(cookie_obj)
}

fn truncate(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "truncate", 1, 0, 1)?;
    let zelf = a.zelf();
    let t = this(vm, zelf)?;
    let buffer = buffer_of(vm, t)?;
    call_self(vm, zelf, "flush")?;
    let arg = pos.first().cloned().unwrap_or_else(|| vm.none());
    vm.call_method(&buffer, "truncate", &[arg])
}

fn detach(vm: &Vm, a: Args) -> PyResult {
    let zelf = a.zelf();
    let t = this(vm, zelf)?;
    buffer_of(vm, t)?;
    call_self(vm, zelf, "flush")?;
    let mut st = t.st.borrow_mut();
    st.detached = true;
    Ok(st.buffer.take().unwrap_or_else(|| vm.none()))
}

fn close(vm: &Vm, a: Args) -> PyResult {
    let zelf = a.zelf();
    let t = this(vm, zelf)?;
    let buffer = buffer_of(vm, t)?;
    if is_closed(vm, zelf, t, &buffer)? {
        return Ok(vm.none());
    }
    let flushed = call_self(vm, zelf, "flush");
    let closed = vm.call_method(&buffer, "close", &[]);
    buffered::chain_close_errors(vm, flushed, closed)
}

fn repr(vm: &Vm, a: Args) -> PyResult {
    let zelf = a.zelf();
    let t = this(vm, zelf)?;
    let mut out = format!("<{}", zelf.ty().name);
    for attr in ["name", "mode"] {
        match vm.getattr_str(zelf, attr) {
            Ok(v) => out.push_str(&format!(" {attr}={}", vm.repr_string(&v)?)),
            Err(e) if vm.err_matches(&e, "AttributeError") || vm.err_matches(&e, "ValueError") => {}
            Err(e) => return Err(e),
        }
    }
    let enc = t.st.borrow().encoding.clone();
    out.push_str(&format!(" encoding={}>", vm.repr_string(&vm.new_str(enc))?));
    Ok(vm.new_str(out))
}

fn text_new(_vm: &Vm, a: Args) -> PyResult {
    Ok(alloc(
        &a.args[0],
        TextStream {
            st: RefCell::new(State::default()),
        },
    ))
}

fn text_init(vm: &Vm, a: Args) -> PyResult {
    let [
        buffer,
        encoding,
        errors,
        newline,
        line_buffering,
        write_through,
    ] = a.bind(
        vm,
        "TextIOWrapper",
        [
            "buffer",
            "encoding",
            "errors",
            "newline",
            "line_buffering",
            "write_through",
        ],
        1,
        1,
        0,
    )?;
    let config = TextConfig {
        encoding: super::opt_str(vm, &encoding, "TextIOWrapper", "encoding")?,
        errors: super::opt_str(vm, &errors, "TextIOWrapper", "errors")?,
        newline: super::opt_str(vm, &newline, "TextIOWrapper", "newline")?,
        line_buffering: super::int_flag(vm, &line_buffering, false)?,
        write_through: super::int_flag(vm, &write_through, false)?,
    };
    init_wrapper(vm, a.zelf(), buffer.expect("required"), config)?;
    Ok(vm.none())
}

fn reconfigure(vm: &Vm, a: Args) -> PyResult {
    let zelf = a.zelf();
    let t = this(vm, zelf)?;
    if a.positional().len() > 1 {
        return Err(vm.type_error("reconfigure() takes no positional arguments"));
    }
    let [encoding, errors, newline, line_buffering, write_through] = a.bind(
        vm,
        "reconfigure",
        [
            "encoding",
            "errors",
            "newline",
            "line_buffering",
            "write_through",
        ],
        1,
        0,
        0,
    )?;
    let encoding = super::opt_str(vm, &encoding, "reconfigure", "encoding")?;
    let errors = super::opt_str(vm, &errors, "reconfigure", "errors")?;
    let newline_given = newline.is_some();
    let newline = super::opt_str(vm, &newline, "reconfigure", "newline")?;
    let buffer = buffer_of(vm, t)?;
    let changes_codec = encoding.is_some() || errors.is_some() || newline_given;
    if changes_codec && !t.st.borrow().decoded.is_empty() {
        return Err(unsupported(
            vm,
            "It is not possible to set the encoding or newline of stream after the first read",
        ));
    }
    if newline_given {
        check_newline(vm, newline.as_deref(), false)?;
    }
    call_self(vm, zelf, "flush")?;
    if let Some(lb) = line_buffering.filter(|v| !vm.is_none(v)) {
        t.st.borrow_mut().line_buffering = vm.truthy(&lb)?;
    }
    if let Some(wt) = write_through.filter(|v| !vm.is_none(v)) {
        t.st.borrow_mut().write_through = vm.truthy(&wt)?;
    }
    if changes_codec {
        let (old_enc, old_err, old_nl) = {
            let st = t.st.borrow();
            (st.encoding.clone(), st.errors.clone(), st.newline.clone())
        };
        let (enc, err) = match (encoding, errors) {
            (None, None) => (old_enc, old_err),
            (None, Some(e)) => (old_enc, e),
            (Some(enc), e) => (
                if enc == "locale" { "UTF-8".into() } else { enc },
                e.unwrap_or_else(|| "strict".into()),
            ),
        };
        let nl = if newline_given { newline } else { old_nl };
        let mut st = State::default();
        configure(vm, &mut st, &buffer, enc, err, nl)?;
        let mut cur = t.st.borrow_mut();
        cur.decoder = st.decoder;
        cur.encoder = st.encoder;
        cur.endings = st.endings;
        cur.writetranslate = st.writetranslate;
        cur.writenl = st.writenl;
        cur.newline = st.newline;
        cur.encoding = st.encoding;
        cur.errors = st.errors;
    }
    Ok(vm.none())
}

fn delegate(vm: &Vm, a: Args, name: &str) -> PyResult {
    let t = this(vm, a.zelf())?;
    let buffer = buffer_of(vm, t)?;
    vm.call_method(&buffer, name, &[])
}

fn buffer_attr(vm: &Vm, o: &PyRef, name: &str) -> PyResult {
    let t = this(vm, o)?;
    let buffer = buffer_of(vm, t)?;
    vm.getattr_str(&buffer, name)
}

fn chunk_size_set(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let t = this(vm, o)?;
    let Some(v) = v else {
        return Err(vm.new_exc("AttributeError", "cannot delete attribute"));
    };
    let n = vm.index_isize(&v, None)?;
    if n <= 0 {
        return Err(vm.value_error("a strictly positive integer is required"));
    }
    t.st.borrow_mut().chunk_size = n as usize;
    Ok(())
}

fn mode_get(vm: &Vm, o: &PyRef) -> PyResult {
    let t = this(vm, o)?;
    let m = t.st.borrow().mode.clone();
    m.ok_or_else(|| vm.attribute_error(o, "mode"))
}

fn mode_set(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let t = this(vm, o)?;
    let old = std::mem::replace(&mut t.st.borrow_mut().mode, v);
    drop(old);
    Ok(())
}

// ---- IncrementalNewlineDecoder -----------------------------------------------------

pub struct NewlineDecoder {
    decoder: RefCell<Option<PyRef>>,
    translate: std::cell::Cell<bool>,
    state: std::cell::Cell<NlState>,
}

impl Payload for NewlineDecoder {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Ok(d) = self.decoder.try_borrow()
            && let Some(d) = d.as_ref()
        {
            visit(d);
        }
    }
    fn clear(&self) {
        let d = self.decoder.borrow_mut().take();
        drop(d);
    }
}

fn nld<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a NewlineDecoder> {
    o.downcast::<NewlineDecoder>().ok_or_else(|| {
        vm.type_error("descriptor requires a '_io.IncrementalNewlineDecoder' object")
    })
}

fn nld_init(vm: &Vm, a: Args) -> PyResult {
    let [decoder, translate, errors] = a.bind(
        vm,
        "IncrementalNewlineDecoder",
        ["decoder", "translate", "errors"],
        1,
        2,
        0,
    )?;
    let _ = errors;
    let d = nld(vm, a.zelf())?;
    let dec = decoder.expect("required");
    let translate = vm.truthy(&translate.expect("required"))?;
    let old = d
        .decoder
        .replace(if vm.is_none(&dec) { None } else { Some(dec) });
    drop(old);
    d.translate.set(translate);
    d.state.set(NlState::default());
    Ok(vm.none())
}

fn nld_decode(vm: &Vm, a: Args) -> PyResult {
    let [input, fin] = a.bind(vm, "decode", ["input", "final"], 1, 1, 0)?;
    let d = nld(vm, a.zelf())?;
    let input = input.expect("required");
    let is_final = match fin {
        Some(f) => vm.truthy(&f)?,
        None => false,
    };
    let inner = d.decoder.borrow().clone();
    let output = match inner {
        Some(dec) => {
            let f = vm.getattr_str(&dec, "decode")?;
            vm.call(&f, &[input, vm.bool(is_final)], &[vm.intern("final")])?
        }
        None => input,
    };
    let Some(text) = str_payload(&output) else {
        return Err(vm.type_error(format!(
            "decoder should return a string result, not '{}'",
            output.ty().name
        )));
    };
    let mut st = d.state.get();
    let r = st.decode(text.as_str().to_string(), is_final, d.translate.get());
    d.state.set(st);
    Ok(vm.new_str(r))
}

fn nld_getstate(vm: &Vm, a: Args) -> PyResult {
    let d = nld(vm, a.zelf())?;
    let inner = d.decoder.borrow().clone();
    let (buf, flag) = match inner {
        Some(dec) => {
            let st = vm.call_method(&dec, "getstate", &[])?;
            match st.downcast::<Tuple>() {
                Some(t) if t.len() == 2 => {
                    let f = vm
                        .index(&t.items()[1])?
                        .downcast::<Int>()
                        .and_then(Int::to_i64)
                        .unwrap_or(0);
                    (t.items()[0].clone(), f)
                }
                _ => return Err(vm.type_error("illegal decoder state")),
            }
        }
        None => (new_bytes(vm, Vec::new()), 0),
    };
    let flag = (flag << 1) | d.state.get().pendingcr as i64;
    Ok(vm.new_tuple(vec![buf, vm.new_int(flag)]))
}

fn nld_setstate(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "setstate", 1, 1, 1)?;
    let d = nld(vm, a.zelf())?;
    let items = match pos[0].downcast::<Tuple>() {
        Some(t) if t.len() == 2 => t.items().to_vec(),
        _ => return Err(vm.type_error("state argument must be a tuple")),
    };
    let flag = vm
        .index(&items[1])?
        .downcast::<Int>()
        .and_then(Int::to_i64)
        .unwrap_or(0);
    let mut st = d.state.get();
    st.pendingcr = flag & 1 != 0;
    d.state.set(st);
    let inner = d.decoder.borrow().clone();
    if let Some(dec) = inner {
        vm.call_method(
            &dec,
            "setstate",
            &[vm.new_tuple(vec![items[0].clone(), vm.new_int(flag >> 1)])],
        )?;
    }
    Ok(vm.none())
}

fn nld_reset(vm: &Vm, a: Args) -> PyResult {
    let d = nld(vm, a.zelf())?;
    d.state.set(NlState::default());
    let inner = d.decoder.borrow().clone();
    if let Some(dec) = inner {
        vm.call_method(&dec, "reset", &[])?;
    }
    Ok(vm.none())
}

pub fn fill(g: &Globals) {
    let t = &g.text_stream;
    add_static(
        g,
        t,
        "__new__",
        signature!("($type, *args, **kwargs)"),
        text_new,
    );
    add_method(
        g,
        t,
        "__init__",
        signature!("($self, /, *args, **kwargs)"),
        text_init,
    );
    add_method(g, t, "write", signature!("($self, text, /)"), write);
    add_method(g, t, "flush", signature!("($self, /)"), flush);
    add_method(g, t, "read", signature!("($self, size=-1, /)"), read);
    add_method(
        g,
        t,
        "readline",
        signature!("($self, size=-1, /)"),
        readline,
    );
    add_method(g, t, "__next__", signature!("($self, /)"), next);
    add_method(g, t, "tell", signature!("($self, /)"), tell);
    add_method(
        g,
        t,
        "seek",
        signature!("($self, cookie, whence=os.SEEK_SET, /)"),
        seek,
    );
    add_method(
        g,
        t,
        "truncate",
        signature!("($self, pos=None, /)"),
        truncate,
    );
    add_method(g, t, "detach", signature!("($self, /)"), detach);
    add_method(g, t, "close", signature!("($self, /)"), close);
    add_method(
        g,
        t,
        "reconfigure",
        signature!(
            "($self, /, *, encoding=None, errors=None, newline=None,
            line_buffering=None, write_through=None)"
        ),
        reconfigure,
    );
    add_method(g, t, "__repr__", signature!("($self, /)"), repr);
    add_method(g, t, "fileno", signature!("($self, /)"), |vm, a| {
        delegate(vm, a, "fileno")
    });
    add_method(g, t, "isatty", signature!("($self, /)"), |vm, a| {
        delegate(vm, a, "isatty")
    });
    add_method(g, t, "readable", signature!("($self, /)"), |vm, a| {
        delegate(vm, a, "readable")
    });
    add_method(g, t, "writable", signature!("($self, /)"), |vm, a| {
        delegate(vm, a, "writable")
    });
    add_method(g, t, "seekable", signature!("($self, /)"), |vm, a| {
        delegate(vm, a, "seekable")
    });
    add_getset(g, t, "closed", |vm, o| buffer_attr(vm, o, "closed"), None);
    add_getset(g, t, "name", |vm, o| buffer_attr(vm, o, "name"), None);
    add_getset(
        g,
        t,
        "buffer",
        |vm, o| {
            Ok(this(vm, o)?
                .st
                .borrow()
                .buffer
                .clone()
                .unwrap_or_else(|| vm.none()))
        },
        None,
    );
    add_getset(
        g,
        t,
        "encoding",
        |vm, o| Ok(vm.new_str(this(vm, o)?.st.borrow().encoding.clone())),
        None,
    );
    add_getset(
        g,
        t,
        "errors",
        |vm, o| Ok(vm.new_str(this(vm, o)?.st.borrow().errors.clone())),
        None,
    );
    add_getset(
        g,
        t,
        "line_buffering",
        |vm, o| Ok(vm.bool(this(vm, o)?.st.borrow().line_buffering)),
        None,
    );
    add_getset(
        g,
        t,
        "write_through",
        |vm, o| Ok(vm.bool(this(vm, o)?.st.borrow().write_through)),
        None,
    );
    add_getset(
        g,
        t,
        "newlines",
        |vm, o| {
            let t = this(vm, o)?;
            let seen =
                t.st.borrow()
                    .decoder
                    .as_ref()
                    .and_then(|d| d.nl.map(|n| n.seennl));
            Ok(seen
                .map(|s| newlines_obj(vm, s))
                .unwrap_or_else(|| vm.none()))
        },
        None,
    );
    add_getset(
        g,
        t,
        "_CHUNK_SIZE",
        |vm, o| Ok(vm.new_int(this(vm, o)?.st.borrow().chunk_size as i64)),
        Some(chunk_size_set),
    );
    add_getset(g, t, "mode", mode_get, Some(mode_set));

    let n = &g.io.newline_decoder;
    add_static(
        g,
        n,
        "__new__",
        signature!("($type, *args, **kwargs)"),
        |_vm, a| {
            Ok(alloc(
                &a.args[0],
                NewlineDecoder {
                    decoder: RefCell::new(None),
                    translate: std::cell::Cell::new(false),
                    state: std::cell::Cell::new(NlState::default()),
                },
            ))
        },
    );
    add_method(
        g,
        n,
        "__init__",
        signature!("($self, /, *args, **kwargs)"),
        nld_init,
    );
    add_method(
        g,
        n,
        "decode",
        signature!("($self, /, input, final=False)"),
        nld_decode,
    );
    add_method(g, n, "getstate", signature!("($self, /)"), nld_getstate);
    add_method(
        g,
        n,
        "setstate",
        signature!("($self, state, /)"),
        nld_setstate,
    );
    add_method(g, n, "reset", signature!("($self, /)"), nld_reset);
    add_getset(
        g,
        n,
        "newlines",
        |vm, o| Ok(newlines_obj(vm, nld(vm, o)?.state.get().seennl)),
        None,
    );
}

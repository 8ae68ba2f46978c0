//! The methods of `str` (the `Str` payload lives in `str.rs`): construction,
//! operators, `%` and `str.format` formatting, searching, splitting, case
//! mapping, and the codecs `encode` needs. Argument parsing helpers shared
//! with `bytes.rs` are here too, each reproducing the error messages of the
//! CPython argument parser the method uses.

use std::cmp::Ordering;
use std::collections::HashMap;

use terrarium_format::{
    Conversion, FormatError, FormatSpec, Piece, PrintfArgs, PrintfParser, StarField, format_str,
    printf_char_code, printf_float, printf_int, printf_text, python_str_repr,
    unsupported_conversion,
};
use unicode_general_category::{GeneralCategory, get_general_category};

use crate::error::{PyErr, PyResult};
use crate::globals::Globals;
use crate::memory::Reserve;
use crate::object::{PyRef, alloc};
use crate::objects::dict::Dict;
use crate::objects::float::Float;
use crate::objects::int::{Int, format_error, int_as_f64};
use crate::objects::list::{reflected_or_error, repeat_count, resolve_index};
use crate::objects::native::Args;
use crate::objects::slice::{Slice, clamped_index, has_index};
use crate::objects::str::{Str, as_str, str_payload};
use crate::objects::tuple::Tuple;
use crate::objects::typeobject::lookup;
use crate::objects::{add_doc, add_method, add_static};
use crate::vm::Vm;

// ---- argument parsing -------------------------------------------------------

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Positional-only arguments after the receiver, for methods CPython parses
/// with Argument Clinic (`str.center`, `str.zfill`...): `tname` is the type
/// and `name` the method, which the messages name.
pub(crate) fn clinic_args<'a>(
    vm: &Vm,
    a: &Args<'a>,
    tname: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [PyRef]> {
    if a.has_keywords() {
        return Err(vm.type_error(format!("{tname}.{name}() takes no keyword arguments")));
    }
    let pos = &a.args[1.min(a.args.len())..];
    let n = pos.len();
    if n < min || n > max {
        return Err(vm.type_error(if max == 0 {
            format!("{tname}.{name}() takes no arguments ({n} given)")
        } else if min == 1 && max == 1 {
            format!("{tname}.{name}() takes exactly one argument ({n} given)")
        } else if min == max {
            format!("{name} expected {min} argument{}, got {n}", plural(min))
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                plural(min)
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                plural(max)
            )
        }));
    }
    Ok(pos)
}

/// Positional-only arguments for methods CPython parses with
/// `PyArg_ParseTuple` (`str.find`, `str.count`, `str.startswith`...).
/// Keywords are refused naming the method qualified by `tname` if given.
pub(crate) fn getargs<'a>(
    vm: &Vm,
    a: &Args<'a>,
    tname: Option<&str>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [PyRef]> {
    if a.has_keywords() {
        return Err(vm.type_error(match tname {
            Some(t) => format!("{t}.{name}() takes no keyword arguments"),
            None => format!("{name}() takes no keyword arguments"),
        }));
    }
    let pos = &a.args[1.min(a.args.len())..];
    let n = pos.len();
    if n < min {
        return Err(vm.type_error(format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            plural(min)
        )));
    }
    if n > max {
        return Err(vm.type_error(format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            plural(max)
        )));
    }
    Ok(pos)
}

/// Arguments of a slot wrapper (`__add__`, `__len__`...): exactly `n`.
pub(crate) fn wrapper_args<'a>(
    vm: &Vm,
    a: &Args<'a>,
    name: &str,
    n: usize,
) -> PyResult<&'a [PyRef]> {
    if a.has_keywords() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let pos = &a.args[1.min(a.args.len())..];
    if pos.len() != n {
        return Err(vm.type_error(format!(
            "expected {n} argument{}, got {}",
            plural(n),
            pos.len()
        )));
    }
    Ok(pos)
}

/// Arguments that may also be given by keyword (`str.split`, `str.encode`,
/// `str()`...), after skipping `skip` leading values (self or the class).
pub(crate) fn kw_args<const N: usize>(
    vm: &Vm,
    a: &Args,
    skip: usize,
    fname: &str,
    params: [&str; N],
) -> PyResult<[Option<PyRef>; N]> {
    let all = a.positional();
    let pos = &all[skip.min(all.len())..];
    if pos.len() > N {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {N} argument{} ({} given)",
            plural(N),
            pos.len() + a.kwnames.len()
        )));
    }
    let mut out: [Option<PyRef>; N] = std::array::from_fn(|_| None);
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    for (k, v) in a.keywords() {
        match params.iter().position(|p| *p == k) {
            Some(i) if out[i].is_some() => {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{k}') and position ({})",
                    i + 1
                )));
            }
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for {fname}()"
                )));
            }
        }
    }
    Ok(out)
}

/// An optional `str` argument (`None` when omitted), with Argument Clinic's
/// message for other types.
pub(crate) fn opt_str_arg<'a>(
    vm: &Vm,
    o: &'a Option<PyRef>,
    fname: &str,
    param: &str,
) -> PyResult<Option<&'a str>> {
    match o {
        None => Ok(None),
        Some(v) => match str_payload(v) {
            Some(s) => Ok(Some(s.as_str())),
            None => Err(vm.type_error(format!(
                "{fname}() argument '{param}' must be str, not {}",
                v.ty().name
            ))),
        },
    }
}

/// `Py_ssize_t` conversion of an argument (`__index__`, OverflowError
/// "Python int too large to convert to C ssize_t").
pub(crate) fn ssize_arg(vm: &Vm, o: &PyRef) -> PyResult<isize> {
    vm.index_isize(o, None)
}

/// C `int` conversion of an argument.
pub(crate) fn c_int_arg(vm: &Vm, o: &PyRef) -> PyResult<i32> {
    let i = vm.index(o)?;
    match i
        .downcast::<Int>()
        .and_then(|v| v.to_i64())
        .and_then(|v| i32::try_from(v).ok())
    {
        Some(v) => Ok(v),
        None => Err(vm.overflow_error("Python int too large to convert to C int")),
    }
}

/// A `start`/`end` argument of the search methods (`_PyEval_SliceIndex`):
/// `None` when omitted or None, clamped to the `isize` range.
pub(crate) fn search_bound(vm: &Vm, o: Option<&PyRef>) -> PyResult<Option<isize>> {
    match o {
        None => Ok(None),
        Some(v) if vm.is_none(v) => Ok(None),
        Some(v) if has_index(v) => clamped_index(vm, v).map(Some),
        Some(_) => {
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

/// The `[start, end)` window of the search methods for a sequence of length
/// `len` (CPython's `ADJUST_INDICES`). `start` may exceed `len`.
pub(crate) fn adjust(start: Option<isize>, end: Option<isize>, len: usize) -> (isize, isize) {
    let len = len as isize;
    let mut end = end.unwrap_or(isize::MAX);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

/// A `String` with room for `n` more bytes, or MemoryError.
pub(crate) fn reserve_string(vm: &Vm, n: usize) -> PyResult<String> {
    let mut s = String::new();
    s.reserve_or_raise(vm, n)?;
    Ok(s)
}

/// `data` repeated `n` times, with CPython's checks: OverflowError when the
/// result's length (counted in `units` per copy) exceeds `isize::MAX`,
/// MemoryError when it cannot be allocated; nothing is allocated first.
pub(crate) fn repeat_bytes(
    vm: &Vm,
    data: &[u8],
    units: usize,
    n: usize,
    too_long: &str,
) -> PyResult<Vec<u8>> {
    if units.checked_mul(n).is_none_or(|t| t > isize::MAX as usize) {
        return Err(vm.overflow_error(too_long));
    }
    let total = data.len().checked_mul(n).ok_or_else(|| vm.memory_error())?;
    let mut out = Vec::new();
    out.reserve_exact_or_raise(vm, total)?;
    if total == 0 {
        return Ok(out);
    }
    out.extend_from_slice(data);
    while out.len() < total {
        let k = out.len().min(total - out.len());
        out.extend_from_within(..k);
    }
    Ok(out)
}

// ---- code-point indexing over UTF-8 -----------------------------------------

/// A string with its length in code points, indexed by code point.
#[derive(Clone, Copy)]
struct Text<'a> {
    s: &'a str,
    ascii: bool,
    len: usize,
}

impl<'a> Text<'a> {
    fn of(o: &'a PyRef) -> Text<'a> {
        let p = str_payload(o).expect("str");
        Text {
            s: p.as_str(),
            ascii: p.is_ascii(),
            len: p.char_len(),
        }
    }

    /// Byte offset of code point `i` (`i <= len`).
    fn byte(&self, i: usize) -> usize {
        if self.ascii {
            i
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map_or(self.s.len(), |(b, _)| b)
        }
    }

    /// The code point index of byte offset `b`.
    fn char_index(&self, b: usize) -> usize {
        if self.ascii {
            b
        } else {
            self.s[..b].chars().count()
        }
    }

    /// Code points `[start, end)`, both within `0..=len`.
    fn slice(&self, start: usize, end: usize) -> &'a str {
        if self.ascii {
            return &self.s[start..end];
        }
        let b0 = self.byte(start);
        let b1 = b0
            + self.s[b0..]
                .char_indices()
                .nth(end - start)
                .map_or(self.s.len() - b0, |(b, _)| b);
        &self.s[b0..b1]
    }
}

fn text_arg<'a>(vm: &Vm, o: &'a PyRef, msg_prefix: &str) -> PyResult<Text<'a>> {
    match str_payload(o) {
        Some(_) => Ok(Text::of(o)),
        None => Err(vm.type_error(format!("{msg_prefix}{}", o.ty().name))),
    }
}

fn zelf_text<'a>(a: &Args<'a>) -> Text<'a> {
    Text::of(a.zelf())
}

/// The result of a method that returns a part of its receiver's text: the
/// receiver itself when it is an exact `str` and the part is all of it, as
/// in CPython.
fn same_or_new(vm: &Vm, zelf: &PyRef, result: &str) -> PyRef {
    if zelf.type_is(&vm.g.str_) && std::ptr::eq(result, as_str(zelf)) {
        return zelf.clone();
    }
    vm.new_str(result)
}

/// Appends `n` copies of `c`, doubling what was written so that wide
/// padding costs a few large copies rather than one push per character.
fn push_repeated(out: &mut String, c: char, n: usize) {
    if n == 0 {
        return;
    }
    let start = out.len();
    out.push(c);
    let total = c.len_utf8() * n;
    while out.len() - start < total {
        let have = out.len() - start;
        out.extend_from_within(start..start + have.min(total - have));
    }
}

fn owned_or_same(vm: &Vm, zelf: &PyRef, result: String) -> PyRef {
    if zelf.type_is(&vm.g.str_) && result == as_str(zelf) {
        return zelf.clone();
    }
    vm.new_str(result)
}

// ---- Unicode character properties -------------------------------------------

fn is_titlecase(c: char) -> bool {
    !c.is_ascii() && get_general_category(c) == GeneralCategory::TitlecaseLetter
}

fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_titlecase(c)
}

/// Unicode's Case_Ignorable: marks, format characters, modifiers and the
/// word-internal punctuation of Word_Break MidLetter/MidNumLet/Single_Quote.
fn is_case_ignorable(c: char) -> bool {
    if matches!(
        c,
        '\'' | '.'
            | ':'
            | '\u{b7}'
            | '\u{387}'
            | '\u{55f}'
            | '\u{5f4}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{2024}'
            | '\u{2027}'
            | '\u{fe13}'
            | '\u{fe52}'
            | '\u{fe55}'
            | '\u{ff07}'
            | '\u{ff0e}'
            | '\u{ff1a}'
    ) {
        return true;
    }
    !c.is_ascii()
        && matches!(
            get_general_category(c),
            GeneralCategory::NonspacingMark
                | GeneralCategory::EnclosingMark
                | GeneralCategory::Format
                | GeneralCategory::ModifierLetter
                | GeneralCategory::ModifierSymbol
        )
}

fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    matches!(
        get_general_category(c),
        GeneralCategory::UppercaseLetter
            | GeneralCategory::LowercaseLetter
            | GeneralCategory::TitlecaseLetter
            | GeneralCategory::ModifierLetter
            | GeneralCategory::OtherLetter
    )
}

fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    get_general_category(c) == GeneralCategory::DecimalNumber
}

/// Characters with Numeric_Type=Digit that are not decimal digits
/// (superscripts, circled digits...), from Unicode 14.
const DIGIT_RANGES: &[(u32, u32)] = &[
    (0xB2, 0xB3),
    (0xB9, 0xB9),
    (0x1369, 0x1371),
    (0x19DA, 0x19DA),
    (0x2070, 0x2070),
    (0x2074, 0x2079),
    (0x2080, 0x2089),
    (0x2460, 0x2468),
    (0x2474, 0x247C),
    (0x2488, 0x2490),
    (0x24EA, 0x24EA),
    (0x24F5, 0x24FD),
    (0x24FF, 0x24FF),
    (0x2776, 0x277E),
    (0x2780, 0x2788),
    (0x278A, 0x2792),
    (0x10A40, 0x10A43),
    (0x10E60, 0x10E68),
    (0x11052, 0x1105A),
    (0x1F100, 0x1F10A),
];

/// Letters (CJK ideographs) with a numeric value in Unihan, which CPython
/// counts as numeric although their category is Lo; Unicode 14.
#[rustfmt::skip]
const NUMERIC_LETTERS: &[u32] = &[
    0x3405, 0x3483, 0x382A, 0x3B4D, 0x4E00, 0x4E03, 0x4E07, 0x4E09, 0x4E5D, 0x4E8C, 0x4E94, 0x4E96,
    0x4EBF, 0x4EC0, 0x4EDF, 0x4EE8, 0x4F0D, 0x4F70, 0x5104, 0x5146, 0x5169, 0x516B, 0x516D, 0x5341,
    0x5343, 0x5344, 0x5345, 0x534C, 0x53C1, 0x53C2, 0x53C3, 0x53C4, 0x56DB, 0x58F1, 0x58F9, 0x5E7A,
    0x5EFE, 0x5EFF, 0x5F0C, 0x5F0D, 0x5F0E, 0x5F10, 0x62FE, 0x634C, 0x67D2, 0x6F06, 0x7396, 0x767E,
    0x8086, 0x842C, 0x8CAE, 0x8CB3, 0x8D30, 0x9621, 0x9646, 0x964C, 0x9678, 0x96F6, 0xF96B, 0xF973,
    0xF978, 0xF9B2, 0xF9D1, 0xF9D3, 0xF9FD, 0x20001, 0x20064, 0x200E2, 0x20121, 0x2092A, 0x20983,
    0x2098C, 0x2099C, 0x20AEA, 0x20AFD, 0x20B19, 0x22390, 0x22998, 0x23B1B, 0x2626D, 0x2F890,
];

fn is_digit(c: char) -> bool {
    if is_decimal(c) {
        return true;
    }
    let cp = c as u32;
    cp >= 0xB2 && DIGIT_RANGES.iter().any(|&(lo, hi)| (lo..=hi).contains(&cp))
}

fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    matches!(
        get_general_category(c),
        GeneralCategory::DecimalNumber
            | GeneralCategory::LetterNumber
            | GeneralCategory::OtherNumber
    ) || NUMERIC_LETTERS.binary_search(&(c as u32)).is_ok()
}

fn is_space(c: char) -> bool {
    terrarium_format::is_space(c)
}

/// The characters `str.splitlines` breaks at.
fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// Whether the capital sigma at `chars[i]` ends a word, so that it lowers
/// to final sigma: a cased letter precedes it and none follows, skipping
/// case-ignorable characters both ways.
fn is_final_sigma(chars: &[char], i: usize) -> bool {
    let before = chars[..i].iter().rev().find(|c| !is_case_ignorable(**c));
    if !before.is_some_and(|c| is_cased(*c)) {
        return false;
    }
    let after = chars[i + 1..].iter().find(|c| !is_case_ignorable(**c));
    !after.is_some_and(|c| is_cased(*c))
}

fn push_lower(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c == '\u{3a3}' {
        out.push(if is_final_sigma(chars, i) {
            '\u{3c2}'
        } else {
            '\u{3c3}'
        });
    } else {
        out.extend(c.to_lowercase());
    }
}

/// Full titlecase mapping. It is the uppercase mapping except for the
/// digraphs, Georgian, the Greek letters with ypogegrammeni, and ligatures
/// (whose first letter alone is capitalised).
fn push_title(out: &mut String, c: char) {
    let cp = c as u32;
    let mapped = match cp {
        0x149 => {
            out.push_str("\u{2bc}N");
            return;
        }
        0x1c4..=0x1c6 => 0x1c5,
        0x1c7..=0x1c9 => 0x1c8,
        0x1ca..=0x1cc => 0x1cb,
        0x1f1..=0x1f3 => 0x1f2,
        0x10d0..=0x10fa | 0x10fd..=0x10ff => cp,
        0x1f80..=0x1faf => cp | 8,
        0x1fb3 | 0x1fbc => 0x1fbc,
        0x1fc3 | 0x1fcc => 0x1fcc,
        0x1ff3 | 0x1ffc => 0x1ffc,
        0x1fb2 | 0x1fb4 | 0x1fb7 | 0x1fc2 | 0x1fc4 | 0x1fc7 | 0x1ff2 | 0x1ff4 | 0x1ff7 => {
            // Uppercase ends in a capital iota, which titlecase keeps as the
            // combining ypogegrammeni.
            let up: Vec<char> = c.to_uppercase().collect();
            out.extend(&up[..up.len() - 1]);
            out.push('\u{345}');
            return;
        }
        _ => {
            let mut up = c.to_uppercase();
            if let Some(first) = up.next() {
                out.push(first);
            }
            for rest in up {
                out.extend(rest.to_lowercase());
            }
            return;
        }
    };
    out.push(char::from_u32(mapped).unwrap_or(c));
}

/// Full case folding: the lowercase of the uppercase, except for Cherokee
/// (which folds to its uppercase letters), dotless i and capital sharp s.
fn push_casefold(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let cp = c as u32;
    let folded = match cp {
        0x13a0..=0x13f5 => cp,
        0x13f8..=0x13fd => cp - 8,
        0xab70..=0xabbf => cp - 0xab70 + 0x13a0,
        0x131 => cp,
        0x1e9e => {
            out.push_str("ss");
            return;
        }
        _ => {
            for u in c.to_uppercase() {
                out.extend(u.to_lowercase());
            }
            return;
        }
    };
    out.push(char::from_u32(folded).unwrap_or(c));
}

// ---- construction and special methods ---------------------------------------

fn str_new(vm: &Vm, a: Args) -> PyResult {
    let cls = crate::objects::list::new_cls_arg(vm, &a, &vm.g.str_)?;
    let [object, encoding, errors] = kw_args(vm, &a, 1, "str", ["object", "encoding", "errors"])?;
    let enc = opt_str_arg(vm, &encoding, "str", "encoding")?;
    let err = opt_str_arg(vm, &errors, "str", "errors")?;
    let value = match object {
        None => vm.g.empty_str.clone(),
        Some(o) if enc.is_none() && err.is_none() => vm.str(&o)?,
        Some(o) => {
            if str_payload(&o).is_some() {
                return Err(vm.type_error("decoding str is not supported"));
            }
            let Some(data) = crate::objects::bytes::bytes_like(vm, &o) else {
                return Err(vm.type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    o.ty().name
                )));
            };
            crate::objects::bytes::decode_object(
                vm,
                &o,
                &data,
                enc.unwrap_or("utf-8"),
                err.unwrap_or("strict"),
            )?
        }
    };
    if cls.is(&vm.g.str_) {
        return Ok(value);
    }
    Ok(alloc(&cls, Str::new(as_str(&value))))
}

fn str_repr(vm: &Vm, a: Args) -> PyResult {
    wrapper_args(vm, &a, "__repr__", 0)?;
    Ok(vm.new_str(python_str_repr(as_str(a.zelf()))))
}

fn str_str(vm: &Vm, a: Args) -> PyResult {
    wrapper_args(vm, &a, "__str__", 0)?;
    let z = a.zelf();
    if z.type_is(&vm.g.str_) {
        return Ok(z.clone());
    }
    Ok(vm.new_str(as_str(z)))
}

fn str_hash(vm: &Vm, a: Args) -> PyResult {
    wrapper_args(vm, &a, "__hash__", 0)?;
    Ok(vm.new_int(crate::hashing::str_hash(
        a.zelf(),
        str_payload(a.zelf()).expect("str"),
    )))
}

fn str_len(vm: &Vm, a: Args) -> PyResult {
    wrapper_args(vm, &a, "__len__", 0)?;
    Ok(vm.new_int(str_payload(a.zelf()).expect("str").char_len() as i64))
}

/// The code points `start, start + step, ...` (`n` of them) of `t`.
fn slice_chars(t: Text, start: isize, step: isize, n: usize) -> String {
    if n == 0 {
        return String::new();
    }
    if step == 1 {
        return t.slice(start as usize, start as usize + n).to_string();
    }
    let positions = (0..n).map(|k| (start + k as isize * step) as usize);
    if t.ascii {
        let b = t.s.as_bytes();
        return positions.map(|i| b[i] as char).collect();
    }
    let chars: Vec<char> = t.s.chars().collect();
    positions.map(|i| chars[i]).collect()
}

fn str_getitem(vm: &Vm, a: Args) -> PyResult {
    let key = &wrapper_args(vm, &a, "__getitem__", 1)?[0];
    let zelf = a.zelf();
    let t = Text::of(zelf);
    if let Some(sl) = key.downcast::<Slice>() {
        let (start, _, step, n) = sl.indices(vm, t.len)?;
        if step == 1 && n == t.len && zelf.type_is(&vm.g.str_) {
            return Ok(zelf.clone());
        }
        return Ok(vm.new_str(slice_chars(t, start, step, n)));
    }
    if !has_index(key) {
        return Err(vm.type_error(format!(
            "string indices must be integers, not '{}'",
            key.ty().name
        )));
    }
    let i = vm.index_isize(key, Some("IndexError"))?;
    let Some(i) = resolve_index(i, t.len) else {
        return Err(vm.index_error("string index out of range"));
    };
    let c = if t.ascii {
        t.s.as_bytes()[i] as char
    } else {
        t.s.chars().nth(i).unwrap_or('\0')
    };
    let mut buf = [0u8; 4];
    Ok(vm.new_str(&*c.encode_utf8(&mut buf)))
}

fn str_contains(vm: &Vm, a: Args) -> PyResult {
    let item = &wrapper_args(vm, &a, "__contains__", 1)?[0];
    let Some(sub) = str_payload(item) else {
        return Err(vm.type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            item.ty().name
        )));
    };
    Ok(vm.bool(as_str(a.zelf()).contains(sub.as_str())))
}

fn str_iter(vm: &Vm, a: Args) -> PyResult {
    wrapper_args(vm, &a, "__iter__", 0)?;
    Ok(crate::objects::iterators::new_str_iter(
        vm,
        a.zelf().clone(),
    ))
}

fn str_add(vm: &Vm, a: Args) -> PyResult {
    let other = &wrapper_args(vm, &a, "__add__", 1)?[0];
    let zelf = a.zelf();
    let Some(o) = str_payload(other) else {
        return reflected_or_error(
            vm,
            other,
            "__radd__",
            format!(
                "can only concatenate str (not \"{}\") to str",
                other.ty().name
            ),
        );
    };
    let s = as_str(zelf);
    if o.as_str().is_empty() && zelf.type_is(&vm.g.str_) {
        return Ok(zelf.clone());
    }
    if s.is_empty() && other.type_is(&vm.g.str_) {
        return Ok(other.clone());
    }
    let mut out = reserve_string(vm, s.len() + o.as_str().len())?;
    out.push_str(s);
    out.push_str(o.as_str());
    Ok(vm.new_str(out))
}

fn repeat_str(vm: &Vm, zelf: &PyRef, n: isize) -> PyResult {
    let p = str_payload(zelf).expect("str");
    if n <= 0 || p.char_len() == 0 {
        return Ok(vm.g.empty_str.clone());
    }
    if n == 1 && zelf.type_is(&vm.g.str_) {
        return Ok(zelf.clone());
    }
    let out = repeat_bytes(
        vm,
        p.as_str().as_bytes(),
        p.char_len(),
        n as usize,
        "repeated string is too long",
    )?;
    Ok(vm.new_str(String::from_utf8(out).expect("copies of UTF-8 text are UTF-8")))
}

fn str_mul(vm: &Vm, a: Args) -> PyResult {
    let n = &wrapper_args(vm, &a, "__mul__", 1)?[0];
    match repeat_count(vm, n)? {
        Some(count) => repeat_str(vm, a.zelf(), count),
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

fn str_rmul(vm: &Vm, a: Args) -> PyResult {
    let n = &wrapper_args(vm, &a, "__rmul__", 1)?[0];
    match repeat_count(vm, n)? {
        Some(count) => repeat_str(vm, a.zelf(), count),
        None => Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            n.ty().name
        ))),
    }
}

fn str_mod(vm: &Vm, a: Args) -> PyResult {
    let args = &wrapper_args(vm, &a, "__mod__", 1)?[0];
    Ok(vm.new_str(printf_format(vm, as_str(a.zelf()), args)?))
}

fn str_rmod(vm: &Vm, a: Args) -> PyResult {
    let other = &wrapper_args(vm, &a, "__rmod__", 1)?[0];
    match str_payload(other) {
        Some(fmt) => Ok(vm.new_str(printf_format(vm, fmt.as_str(), a.zelf())?)),
        None => Ok(vm.g.not_implemented.clone()),
    }
}

fn compare(vm: &Vm, a: Args, name: &str, test: fn(Ordering) -> bool) -> PyResult {
    let other = &wrapper_args(vm, &a, name, 1)?[0];
    match str_payload(other) {
        Some(o) => Ok(vm.bool(test(as_str(a.zelf()).cmp(o.as_str())))),
        None => Ok(vm.g.not_implemented.clone()),
    }
}

fn str_eq(vm: &Vm, a: Args) -> PyResult {
    compare(vm, a, "__eq__", Ordering::is_eq)
}

fn str_ne(vm: &Vm, a: Args) -> PyResult {
    compare(vm, a, "__ne__", Ordering::is_ne)
}

fn str_lt(vm: &Vm, a: Args) -> PyResult {
    compare(vm, a, "__lt__", Ordering::is_lt)
}

fn str_le(vm: &Vm, a: Args) -> PyResult {
    compare(vm, a, "__le__", Ordering::is_le)
}

fn str_gt(vm: &Vm, a: Args) -> PyResult {
    compare(vm, a, "__gt__", Ordering::is_gt)
}

fn str_ge(vm: &Vm, a: Args) -> PyResult {
    compare(vm, a, "__ge__", Ordering::is_ge)
}

fn str_format_spec(vm: &Vm, a: Args) -> PyResult {
    let spec = &clinic_args(vm, &a, "str", "__format__", 1, 1)?[0];
    let Some(spec) = str_payload(spec) else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            spec.ty().name
        )));
    };
    let zelf = a.zelf();
    if spec.as_str().is_empty() {
        return vm.str(zelf);
    }
    let type_name = &zelf.ty().name;
    let parsed = FormatSpec::parse(spec.as_str(), type_name).map_err(|e| format_error(vm, e))?;
    let out = format_str(as_str(zelf), &parsed, type_name).map_err(|e| format_error(vm, e))?;
    Ok(vm.new_str(out))
}

fn str_getnewargs(vm: &Vm, a: Args) -> PyResult {
    clinic_args(vm, &a, "str", "__getnewargs__", 0, 0)?;
    Ok(vm.new_tuple(vec![vm.new_str(as_str(a.zelf()))]))
}

/// What CPython's compact representation would take: a 48-byte header for
/// ASCII, 72 otherwise, and one to four bytes per code point plus a NUL.
fn str_sizeof(vm: &Vm, a: Args) -> PyResult {
    clinic_args(vm, &a, "str", "__sizeof__", 0, 0)?;
    let p = str_payload(a.zelf()).expect("str");
    let n = p.char_len() as i64 + 1;
    let size = if p.is_ascii() {
        48 + n
    } else {
        let width = match p.as_str().chars().map(|c| c as u32).max().unwrap_or(0) {
            0..=0xff => 1,
            0x100..=0xffff => 2,
            _ => 4,
        };
        72 + n * width
    };
    Ok(vm.new_int(size))
}

/// `format(value, spec)`: calls `value.__format__(spec)`, which must return
/// a `str`.
pub fn format_object(vm: &Vm, value: &PyRef, spec: &PyRef) -> PyResult {
    let Some(sp) = str_payload(spec) else {
        return Err(vm.type_error(format!(
            "format() argument 2 must be str, not {}",
            spec.ty().name
        )));
    };
    if sp.as_str().is_empty() && value.type_is(&vm.g.str_) {
        return Ok(value.clone());
    }
    let Some(r) = vm.call_special(value, "__format__", std::slice::from_ref(spec))? else {
        return Err(vm.type_error(format!(
            "Type {} doesn't define __format__",
            value.ty().name
        )));
    };
    if str_payload(&r).is_none() {
        return Err(vm.type_error(format!("__format__ must return a str, not {}", r.ty().name)));
    }
    Ok(r)
}

// ---- case mapping and classification ----------------------------------------

fn noargs<'a>(vm: &Vm, a: &Args<'a>, name: &str) -> PyResult<&'a str> {
    clinic_args(vm, a, "str", name, 0, 0)?;
    Ok(as_str(a.zelf()))
}

fn str_lower(vm: &Vm, a: Args) -> PyResult {
    let s = noargs(vm, &a, "lower")?;
    if s.is_ascii() {
        if !s.bytes().any(|b| b.is_ascii_uppercase()) {
            return Ok(same_or_new(vm, a.zelf(), s));
        }
        return Ok(vm.new_str(s.to_ascii_lowercase()));
    }
    // Rust's lowercasing applies the same final-sigma rule as CPython.
    Ok(vm.new_str(s.to_lowercase()))
}

fn str_upper(vm: &Vm, a: Args) -> PyResult {
    let s = noargs(vm, &a, "upper")?;
    if s.is_ascii() {
        if !s.bytes().any(|b| b.is_ascii_lowercase()) {
            return Ok(same_or_new(vm, a.zelf(), s));
        }
        return Ok(vm.new_str(s.to_ascii_uppercase()));
    }
    Ok(vm.new_str(s.to_uppercase()))
}

fn str_casefold(vm: &Vm, a: Args) -> PyResult {
    let s = noargs(vm, &a, "casefold")?;
    let mut out = reserve_string(vm, s.len())?;
    for c in s.chars() {
        push_casefold(&mut out, c);
    }
    Ok(owned_or_same(vm, a.zelf(), out))
}

fn str_swapcase(vm: &Vm, a: Args) -> PyResult {
    let s = noargs(vm, &a, "swapcase")?;
    if s.is_ascii() {
        let out: String = s
            .chars()
            .map(|c| {
                if c.is_ascii_alphabetic() {
                    (c as u8 ^ 0x20) as char
                } else {
                    c
                }
            })
            .collect();
        return Ok(owned_or_same(vm, a.zelf(), out));
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = reserve_string(vm, s.len())?;
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            push_lower(&mut out, &chars, i);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    Ok(owned_or_same(vm, a.zelf(), out))
}

fn str_capitalize(vm: &Vm, a: Args) -> PyResult {
    let s = noargs(vm, &a, "capitalize")?;
    if s.is_ascii() {
        let mut out = s.to_ascii_lowercase();
        if let Some(first) = out.get_mut(..1) {
            first.make_ascii_uppercase();
        }
        return Ok(owned_or_same(vm, a.zelf(), out));
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = reserve_string(vm, s.len())?;
    if let Some(&first) = chars.first() {
        push_title(&mut out, first);
    }
    for i in 1..chars.len() {
        push_lower(&mut out, &chars, i);
    }
    Ok(owned_or_same(vm, a.zelf(), out))
}

fn str_title(vm: &Vm, a: Args) -> PyResult {
    let s = noargs(vm, &a, "title")?;
    if s.is_ascii() {
        let mut previous_cased = false;
        let out: String = s
            .chars()
            .map(|c| {
                let m = if previous_cased {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                previous_cased = c.is_ascii_alphabetic();
                m
            })
            .collect();
        return Ok(owned_or_same(vm, a.zelf(), out));
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = reserve_string(vm, s.len())?;
    let mut previous_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if previous_cased {
            push_lower(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        previous_cased = is_cased(c);
    }
    Ok(owned_or_same(vm, a.zelf(), out))
}

fn all_chars(vm: &Vm, a: Args, name: &str, empty: bool, test: fn(char) -> bool) -> PyResult {
    let s = noargs(vm, &a, name)?;
    if s.is_empty() {
        return Ok(vm.bool(empty));
    }
    Ok(vm.bool(s.chars().all(test)))
}

fn str_isalpha(vm: &Vm, a: Args) -> PyResult {
    all_chars(vm, a, "isalpha", false, is_alpha)
}

fn str_isalnum(vm: &Vm, a: Args) -> PyResult {
    all_chars(vm, a, "isalnum", false, |c| is_alpha(c) || is_numeric(c))
}

fn str_isascii(vm: &Vm, a: Args) -> PyResult {
    noargs(vm, &a, "isascii")?;
    Ok(vm.bool(str_payload(a.zelf()).expect("str").is_ascii()))
}

fn str_isdecimal(vm: &Vm, a: Args) -> PyResult {
    all_chars(vm, a, "isdecimal", false, is_decimal)
}

fn str_isdigit(vm: &Vm, a: Args) -> PyResult {
    all_chars(vm, a, "isdigit", false, is_digit)
}

fn str_isnumeric(vm: &Vm, a: Args) -> PyResult {
    all_chars(vm, a, "isnumeric", false, is_numeric)
}

fn str_isspace(vm: &Vm, a: Args) -> PyResult {
    all_chars(vm, a, "isspace", false, is_space)
}

fn str_isprintable(vm: &Vm, a: Args) -> PyResult {
    all_chars(vm, a, "isprintable", true, terrarium_format::is_printable)
}

fn str_isidentifier(vm: &Vm, a: Args) -> PyResult {
    let s = noargs(vm, &a, "isidentifier")?;
    let mut it = s.chars();
    let ok = match it.next() {
        None => false,
        Some(first) => {
            (first == '_' || unicode_ident::is_xid_start(first))
                && it.all(unicode_ident::is_xid_continue)
        }
    };
    Ok(vm.bool(ok))
}

fn str_islower(vm: &Vm, a: Args) -> PyResult {
    let s = noargs(vm, &a, "islower")?;
    let mut cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            return Ok(vm.bool(false));
        }
        cased |= c.is_lowercase();
    }
    Ok(vm.bool(cased))
}

fn str_isupper(vm: &Vm, a: Args) -> PyResult {
    let s = noargs(vm, &a, "isupper")?;
    let mut cased = false;
    for c in s.chars() {
        if c.is_lowercase() || is_titlecase(c) {
            return Ok(vm.bool(false));
        }
        cased |= c.is_uppercase();
    }
    Ok(vm.bool(cased))
}

fn str_istitle(vm: &Vm, a: Args) -> PyResult {
    let s = noargs(vm, &a, "istitle")?;
    let mut cased = false;
    let mut previous_cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if previous_cased {
                return Ok(vm.bool(false));
            }
            previous_cased = true;
            cased = true;
        } else if c.is_lowercase() {
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

// ---- searching --------------------------------------------------------------

/// Parses `(sub[, start[, end]])` of the search methods.
fn search_args<'a>(
    vm: &Vm,
    a: &Args<'a>,
    name: &str,
) -> PyResult<(Text<'a>, Option<isize>, Option<isize>)> {
    let pos = getargs(vm, a, Some("str"), name, 1, 3)?;
    let sub = text_arg(vm, &pos[0], "must be str, not ")?;
    let start = search_bound(vm, pos.get(1))?;
    let end = search_bound(vm, pos.get(2))?;
    Ok((sub, start, end))
}

/// The code-point index of `sub` in `hay[start:end]`, searching from the
/// left or the right, as `str.find` / `str.rfind` compute it.
fn find_in(hay: Text, sub: Text, start: Option<isize>, end: Option<isize>, reverse: bool) -> isize {
    let (start, end) = adjust(start, end, hay.len);
    if end - start < sub.len as isize {
        return -1;
    }
    let (start, end) = (start as usize, end as usize);
    let window = hay.slice(start, end);
    let found = if reverse {
        window.rfind(sub.s)
    } else {
        window.find(sub.s)
    };
    match found {
        Some(b) => {
            (start
                + Text {
                    s: window,
                    ascii: hay.ascii,
                    len: end - start,
                }
                .char_index(b)) as isize
        }
        None => -1,
    }
}

fn str_find(vm: &Vm, a: Args) -> PyResult {
    let (sub, start, end) = search_args(vm, &a, "find")?;
    Ok(vm.new_int(find_in(zelf_text(&a), sub, start, end, false) as i64))
}

fn str_rfind(vm: &Vm, a: Args) -> PyResult {
    let (sub, start, end) = search_args(vm, &a, "rfind")?;
    Ok(vm.new_int(find_in(zelf_text(&a), sub, start, end, true) as i64))
}

fn str_index(vm: &Vm, a: Args) -> PyResult {
    let (sub, start, end) = search_args(vm, &a, "index")?;
    match find_in(zelf_text(&a), sub, start, end, false) {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(vm.new_int(i as i64)),
    }
}

fn str_rindex(vm: &Vm, a: Args) -> PyResult {
    let (sub, start, end) = search_args(vm, &a, "rindex")?;
    match find_in(zelf_text(&a), sub, start, end, true) {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(vm.new_int(i as i64)),
    }
}

fn str_count(vm: &Vm, a: Args) -> PyResult {
    let (sub, start, end) = search_args(vm, &a, "count")?;
    let hay = zelf_text(&a);
    let (start, end) = adjust(start, end, hay.len);
    if end - start < sub.len as isize {
        return Ok(vm.new_int(0));
    }
    if sub.len == 0 {
        return Ok(vm.new_int((end - start + 1) as i64));
    }
    let window = hay.slice(start as usize, end as usize);
    Ok(vm.new_int(window.matches(sub.s).count() as i64))
}

/// `startswith` / `endswith` for one candidate.
fn tail_match(
    hay: Text,
    sub: Text,
    start: Option<isize>,
    end: Option<isize>,
    at_end: bool,
) -> bool {
    let (start, end) = adjust(start, end, hay.len);
    if end - start < sub.len as isize {
        return false;
    }
    let (start, end) = (start as usize, end as usize);
    if at_end {
        hay.slice(end - sub.len, end) == sub.s
    } else {
        hay.slice(start, start + sub.len) == sub.s
    }
}

fn starts_ends(vm: &Vm, a: Args, name: &str, at_end: bool) -> PyResult {
    let pos = getargs(vm, &a, Some("str"), name, 1, 3)?;
    let start = search_bound(vm, pos.get(1))?;
    let end = search_bound(vm, pos.get(2))?;
    let hay = zelf_text(&a);
    let what = &pos[0];
    if let Some(t) = what.downcast::<Tuple>() {
        for item in t.items() {
            let sub = text_arg(
                vm,
                item,
                &format!("tuple for {name} must only contain str, not "),
            )?;
            if tail_match(hay, sub, start, end, at_end) {
                return Ok(vm.bool(true));
            }
        }
        return Ok(vm.bool(false));
    }
    let sub = text_arg(
        vm,
        what,
        &format!("{name} first arg must be str or a tuple of str, not "),
    )?;
    Ok(vm.bool(tail_match(hay, sub, start, end, at_end)))
}

fn str_startswith(vm: &Vm, a: Args) -> PyResult {
    starts_ends(vm, a, "startswith", false)
}

fn str_endswith(vm: &Vm, a: Args) -> PyResult {
    starts_ends(vm, a, "endswith", true)
}

// ---- padding ----------------------------------------------------------------

fn fill_char(vm: &Vm, o: Option<&PyRef>) -> PyResult<char> {
    let Some(o) = o else { return Ok(' ') };
    let Some(p) = str_payload(o) else {
        return Err(vm.type_error(format!(
            "The fill character must be a unicode character, not {}",
            o.ty().name
        )));
    };
    let mut it = p.as_str().chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(vm.type_error("The fill character must be exactly one character long")),
    }
}

/// `s` with `left` and `right` copies of `fill` around it.
fn pad(vm: &Vm, zelf: &PyRef, left: usize, right: usize, fill: char) -> PyResult {
    let s = as_str(zelf);
    if left == 0 && right == 0 {
        return Ok(same_or_new(vm, zelf, s));
    }
    let total = (left + right)
        .checked_mul(fill.len_utf8())
        .and_then(|n| n.checked_add(s.len()));
    let mut out = reserve_string(vm, total.ok_or_else(|| vm.memory_error())?)?;
    push_repeated(&mut out, fill, left);
    out.push_str(s);
    push_repeated(&mut out, fill, right);
    Ok(vm.new_str(out))
}

fn justify(vm: &Vm, a: Args, name: &str) -> PyResult {
    let pos = clinic_args(vm, &a, "str", name, 1, 2)?;
    let width = ssize_arg(vm, &pos[0])?;
    let fill = fill_char(vm, pos.get(1))?;
    let len = str_payload(a.zelf()).expect("str").char_len() as isize;
    let marg = (width - len).max(0) as usize;
    let (left, right) = match name {
        "ljust" => (0, marg),
        "rjust" => (marg, 0),
        _ => {
            let left = marg / 2 + (marg & width as usize & 1);
            (left, marg - left)
        }
    };
    pad(vm, a.zelf(), left, right, fill)
}

fn str_center(vm: &Vm, a: Args) -> PyResult {
    justify(vm, a, "center")
}

fn str_ljust(vm: &Vm, a: Args) -> PyResult {
    justify(vm, a, "ljust")
}

fn str_rjust(vm: &Vm, a: Args) -> PyResult {
    justify(vm, a, "rjust")
}

fn str_zfill(vm: &Vm, a: Args) -> PyResult {
    let pos = clinic_args(vm, &a, "str", "zfill", 1, 1)?;
    let width = ssize_arg(vm, &pos[0])?;
    let zelf = a.zelf();
    let s = as_str(zelf);
    let len = str_payload(zelf).expect("str").char_len() as isize;
    if width <= len {
        return Ok(same_or_new(vm, zelf, s));
    }
    let fill = (width - len) as usize;
    let mut out = reserve_string(vm, s.len().saturating_add(fill))?;
    let (sign, rest) = match s.as_bytes().first() {
        Some(b'+' | b'-') => s.split_at(1),
        _ => ("", s),
    };
    out.push_str(sign);
    push_repeated(&mut out, '0', fill);
    out.push_str(rest);
    Ok(vm.new_str(out))
}

fn str_expandtabs(vm: &Vm, a: Args) -> PyResult {
    let [tabsize] = kw_args(vm, &a, 1, "expandtabs", ["tabsize"])?;
    let tabsize = match &tabsize {
        Some(t) => c_int_arg(vm, t)? as i64,
        None => 8,
    };
    let zelf = a.zelf();
    let s = as_str(zelf);
    if !s.contains('\t') {
        return Ok(same_or_new(vm, zelf, s));
    }
    let too_long = || vm.overflow_error("new string is too long");
    // First pass: the result's size, so that nothing huge is allocated
    // before the check.
    let mut col: i64 = 0;
    let mut extra: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    col = col.checked_add(n).ok_or_else(too_long)?;
                    extra = extra.checked_add(n - 1).ok_or_else(too_long)?;
                } else {
                    extra -= 1;
                }
            }
            '\n' | '\r' => col = 0,
            _ => col = col.checked_add(1).ok_or_else(too_long)?,
        }
    }
    let total = (s.len() as i64)
        .checked_add(extra)
        .filter(|t| *t <= isize::MAX as i64)
        .ok_or_else(too_long)?;
    let mut out = reserve_string(vm, total.max(0) as usize)?;
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    push_repeated(&mut out, ' ', n as usize);
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(vm.new_str(out))
}

// ---- stripping, splitting, joining ------------------------------------------

fn strip_impl(vm: &Vm, a: Args, name: &str, left: bool, right: bool) -> PyResult {
    let pos = clinic_args(vm, &a, "str", name, 0, 1)?;
    let zelf = a.zelf();
    let s = as_str(zelf);
    let out = match pos.first() {
        Some(chars) if !vm.is_none(chars) => {
            let Some(set) = str_payload(chars) else {
                return Err(vm.type_error(format!("{name} arg must be None or str")));
            };
            let set = set.as_str();
            let test = |c: char| set.contains(c);
            match (left, right) {
                (true, true) => s.trim_matches(test),
                (true, false) => s.trim_start_matches(test),
                _ => s.trim_end_matches(test),
            }
        }
        _ => match (left, right) {
            (true, true) => s.trim_matches(is_space),
            (true, false) => s.trim_start_matches(is_space),
            _ => s.trim_end_matches(is_space),
        },
    };
    Ok(same_or_new(vm, zelf, out))
}

fn str_strip(vm: &Vm, a: Args) -> PyResult {
    strip_impl(vm, a, "strip", true, true)
}

fn str_lstrip(vm: &Vm, a: Args) -> PyResult {
    strip_impl(vm, a, "lstrip", true, false)
}

fn str_rstrip(vm: &Vm, a: Args) -> PyResult {
    strip_impl(vm, a, "rstrip", false, true)
}

/// Splits at runs of whitespace, at most `maxsplit` times (negative: no
/// limit), from the left or the right; pieces are byte ranges of `s`.
fn split_whitespace(s: &str, maxsplit: isize, reverse: bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut splits = 0;
    if !reverse {
        let mut rest = s.trim_start_matches(is_space);
        while !rest.is_empty() {
            let base = s.len() - rest.len();
            if maxsplit >= 0 && splits == maxsplit {
                out.push((base, s.len()));
                break;
            }
            let end = rest.find(is_space).unwrap_or(rest.len());
            out.push((base, base + end));
            splits += 1;
            rest = rest[end..].trim_start_matches(is_space);
        }
    } else {
        let mut rest = s.trim_end_matches(is_space);
        while !rest.is_empty() {
            if maxsplit >= 0 && splits == maxsplit {
                out.push((0, rest.len()));
                break;
            }
            let start = rest.rfind(is_space).map_or(0, |i| {
                i + rest[i..].chars().next().map_or(1, char::len_utf8)
            });
            out.push((start, rest.len()));
            splits += 1;
            rest = rest[..start].trim_end_matches(is_space);
        }
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
    let s = as_str(zelf);
    let piece = |r: &str| -> PyRef {
        if r.len() == s.len() {
            same_or_new(vm, zelf, r)
        } else {
            vm.new_str(r)
        }
    };
    let items: Vec<PyRef> = match sep.as_ref().filter(|o| !vm.is_none(o)) {
        None => split_whitespace(s, maxsplit, reverse)
            .into_iter()
            .map(|(i, j)| piece(&s[i..j]))
            .collect(),
        Some(sep) => {
            let sep = text_arg(vm, sep, "must be str or None, not ")?;
            if sep.s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let n = if maxsplit < 0 {
                usize::MAX
            } else {
                (maxsplit as usize).saturating_add(1)
            };
            if reverse {
                let mut v: Vec<PyRef> = s.rsplitn(n, sep.s).map(piece).collect();
                v.reverse();
                v
            } else {
                s.splitn(n, sep.s).map(piece).collect()
            }
        }
    };
    Ok(vm.new_list(items))
}

fn str_split(vm: &Vm, a: Args) -> PyResult {
    split_impl(vm, a, "split", false)
}

fn str_rsplit(vm: &Vm, a: Args) -> PyResult {
    split_impl(vm, a, "rsplit", true)
}

fn str_splitlines(vm: &Vm, a: Args) -> PyResult {
    let [keepends] = kw_args(vm, &a, 1, "splitlines", ["keepends"])?;
    let keepends = match &keepends {
        Some(k) => c_int_arg(vm, k)? != 0,
        None => false,
    };
    let zelf = a.zelf();
    let s = as_str(zelf);
    let mut items = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !is_linebreak(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && it.peek().is_some_and(|&(_, n)| n == '\n') {
            it.next();
            end += 1;
        }
        let piece = if keepends {
            &s[start..end]
        } else {
            &s[start..i]
        };
        items.push(if piece.len() == s.len() {
            same_or_new(vm, zelf, piece)
        } else {
            vm.new_str(piece)
        });
        start = end;
    }
    if start < s.len() {
        items.push(if start == 0 {
            same_or_new(vm, zelf, s)
        } else {
            vm.new_str(&s[start..])
        });
    }
    Ok(vm.new_list(items))
}

fn partition_impl(vm: &Vm, a: Args, name: &str, reverse: bool) -> PyResult {
    let pos = clinic_args(vm, &a, "str", name, 1, 1)?;
    let sep = text_arg(vm, &pos[0], "must be str, not ")?;
    if sep.s.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let zelf = a.zelf();
    let s = as_str(zelf);
    let found = if reverse {
        s.rfind(sep.s)
    } else {
        s.find(sep.s)
    };
    let empty = || vm.g.empty_str.clone();
    let parts = match found {
        Some(i) => vec![
            vm.new_str(&s[..i]),
            pos[0].clone(),
            vm.new_str(&s[i + sep.s.len()..]),
        ],
        None if reverse => vec![empty(), empty(), same_or_new(vm, zelf, s)],
        None => vec![same_or_new(vm, zelf, s), empty(), empty()],
    };
    Ok(vm.new_tuple(parts))
}

fn str_partition(vm: &Vm, a: Args) -> PyResult {
    partition_impl(vm, a, "partition", false)
}

fn str_rpartition(vm: &Vm, a: Args) -> PyResult {
    partition_impl(vm, a, "rpartition", true)
}

fn str_join(vm: &Vm, a: Args) -> PyResult {
    let iterable = &clinic_args(vm, &a, "str", "join", 1, 1)?[0];
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
    join_strs(vm, a.zelf(), &items)
}

/// `sep.join(items)` once the items are collected.
pub fn join_strs(vm: &Vm, sep: &PyRef, items: &[PyRef]) -> PyResult {
    let sep = as_str(sep);
    let mut total: usize = 0;
    for (i, item) in items.iter().enumerate() {
        let Some(p) = str_payload(item) else {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                item.ty().name
            )));
        };
        total = total
            .checked_add(p.as_str().len())
            .and_then(|t| {
                if i > 0 {
                    t.checked_add(sep.len())
                } else {
                    Some(t)
                }
            })
            .filter(|t| *t <= isize::MAX as usize)
            .ok_or_else(|| vm.overflow_error("join() result is too long for a Python string"))?;
    }
    if items.len() == 1 && items[0].type_is(&vm.g.str_) {
        return Ok(items[0].clone());
    }
    let mut out = reserve_string(vm, total)?;
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(as_str(item));
    }
    Ok(vm.new_str(out))
}

fn affix_impl(vm: &Vm, a: Args, name: &str, suffix: bool) -> PyResult {
    let pos = clinic_args(vm, &a, "str", name, 1, 1)?;
    let affix = text_arg(vm, &pos[0], &format!("{name}() argument must be str, not "))?;
    let zelf = a.zelf();
    let s = as_str(zelf);
    let out = if suffix {
        s.strip_suffix(affix.s)
    } else {
        s.strip_prefix(affix.s)
    };
    Ok(same_or_new(vm, zelf, out.unwrap_or(s)))
}

fn str_removeprefix(vm: &Vm, a: Args) -> PyResult {
    affix_impl(vm, a, "removeprefix", false)
}

fn str_removesuffix(vm: &Vm, a: Args) -> PyResult {
    affix_impl(vm, a, "removesuffix", true)
}

fn str_replace(vm: &Vm, a: Args) -> PyResult {
    let pos = clinic_args(vm, &a, "str", "replace", 2, 3)?;
    let old = text_arg(vm, &pos[0], "replace() argument 1 must be str, not ")?;
    let new = text_arg(vm, &pos[1], "replace() argument 2 must be str, not ")?;
    let count = match pos.get(2) {
        Some(c) => ssize_arg(vm, c)?,
        None => -1,
    };
    let zelf = a.zelf();
    let s = zelf_text(&a);
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    // Count the replacements first, so that the result's size is known
    // (and checked) before anything is built.
    let matches = if old.s.is_empty() {
        (s.len + 1).min(limit)
    } else {
        s.s.matches(old.s).take(limit).count()
    };
    if matches == 0 {
        return Ok(same_or_new(vm, zelf, s.s));
    }
    let new_len = (s.len as u128) + (matches as u128) * (new.len as u128)
        - (matches as u128) * (old.len as u128);
    if new_len > isize::MAX as u128 {
        return Err(vm.overflow_error("replace string is too long"));
    }
    let bytes = s.s.len() as u128 + matches as u128 * new.s.len() as u128
        - matches as u128 * old.s.len() as u128;
    let mut out = reserve_string(vm, usize::try_from(bytes).map_err(|_| vm.memory_error())?)?;
    if old.s.is_empty() {
        let mut done = 0;
        for (i, c) in s.s.char_indices() {
            if done < matches {
                out.push_str(new.s);
                done += 1;
            } else {
                out.push_str(&s.s[i..]);
                break;
            }
            out.push(c);
        }
        if done < matches {
            out.push_str(new.s);
        }
    } else {
        let mut last = 0;
        for (i, _) in s.s.match_indices(old.s).take(matches) {
            out.push_str(&s.s[last..i]);
            out.push_str(new.s);
            last = i + old.s.len();
        }
        out.push_str(&s.s[last..]);
    }
    Ok(vm.new_str(out))
}

// ---- translate and maketrans ------------------------------------------------

/// What `str.translate` does with one character.
#[derive(Clone)]
enum Mapped {
    Keep,
    Delete,
    Char(char),
    Text(String),
}

fn translate_lookup(vm: &Vm, table: &PyRef, c: char) -> PyResult<Mapped> {
    let r = match vm.getitem(table, &vm.new_int(c as i64)) {
        Ok(v) => v,
        Err(e) if vm.err_matches(&e, "LookupError") => return Ok(Mapped::Keep),
        Err(e) => return Err(e),
    };
    if vm.is_none(&r) {
        return Ok(Mapped::Delete);
    }
    if let Some(i) = r.downcast::<Int>() {
        return match i
            .to_i64()
            .filter(|v| (0..0x110000).contains(v))
            .and_then(|v| char::from_u32(v as u32))
        {
            Some(m) => Ok(Mapped::Char(m)),
            None => Err(vm.value_error("character mapping must be in range(0x110000)")),
        };
    }
    if let Some(s) = str_payload(&r) {
        return Ok(Mapped::Text(s.as_str().to_string()));
    }
    Err(vm.type_error("character mapping must return integer, None or str"))
}

fn str_translate(vm: &Vm, a: Args) -> PyResult {
    let table = &clinic_args(vm, &a, "str", "translate", 1, 1)?[0];
    let zelf = a.zelf();
    let s = as_str(zelf);
    let mut cache: HashMap<char, Mapped> = HashMap::new();
    let mut out = reserve_string(vm, s.len())?;
    for c in s.chars() {
        let m = match cache.get(&c) {
            Some(m) => m.clone(),
            None => {
                let m = translate_lookup(vm, table, c)?;
                cache.insert(c, m.clone());
                m
            }
        };
        match m {
            Mapped::Keep => out.push(c),
            Mapped::Delete => {}
            Mapped::Char(m) => out.push(m),
            Mapped::Text(t) => {
                out.reserve_or_raise(vm, t.len())?;
                out.push_str(&t);
            }
        }
    }
    Ok(owned_or_same(vm, zelf, out))
}

fn str_maketrans(vm: &Vm, a: Args) -> PyResult {
    if a.has_keywords() {
        return Err(vm.type_error("str.maketrans() takes no keyword arguments"));
    }
    let pos = a.args;
    match pos.len() {
        0 => return Err(vm.type_error("maketrans expected at least 1 argument, got 0")),
        1..=3 => {}
        n => return Err(vm.type_error(format!("maketrans expected at most 3 arguments, got {n}"))),
    }
    for (i, o) in pos.iter().enumerate().skip(1) {
        if str_payload(o).is_none() {
            return Err(vm.type_error(format!(
                "maketrans() argument {} must be str, not {}",
                i + 1,
                o.ty().name
            )));
        }
    }
    let out = vm.new_dict();
    let od = out.downcast::<Dict>().expect("dict");
    let x = &pos[0];
    if pos.len() == 1 {
        let Some(src) = x.downcast::<Dict>() else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        for (k, v) in src.items() {
            if k.downcast::<Int>().is_some() {
                od.set_item(vm, k, v)?;
            } else if let Some(s) = str_payload(&k) {
                let mut it = s.as_str().chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => od.set_item(vm, vm.new_int(c as i64), v)?,
                    _ => {
                        return Err(
                            vm.value_error("string keys in translate table must be of length 1")
                        );
                    }
                }
            } else {
                return Err(vm.type_error("keys in translate table must be strings or integers"));
            }
        }
        return Ok(out);
    }
    let Some(xs) = str_payload(x) else {
        return Err(vm.type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    let ys = as_str(&pos[1]);
    if xs.char_len() != str_payload(&pos[1]).expect("str").char_len() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (cx, cy) in xs.as_str().chars().zip(ys.chars()) {
        od.set_item(vm, vm.new_int(cx as i64), vm.new_int(cy as i64))?;
    }
    if let Some(z) = pos.get(2) {
        for cz in as_str(z).chars() {
            od.set_item(vm, vm.new_int(cz as i64), vm.none())?;
        }
    }
    Ok(out)
}

// ---- codecs -----------------------------------------------------------------

/// Byte order of the UTF-16 and UTF-32 codecs; `Native` writes a BOM on
/// encoding and reads one on decoding.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Endian {
    Native,
    Little,
    Big,
}

/// The codecs implemented natively; everything else goes through the
/// `codecs` module.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
    Utf16(Endian),
    Utf32(Endian),
}

/// CPython's encoding-name normalisation: lowercase, and runs of
/// punctuation and spaces (other than '.') become one underscore.
fn normalize_encoding(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut pending = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if pending && !out.is_empty() {
                out.push('_');
            }
            pending = false;
            out.push(c.to_ascii_lowercase());
        } else {
            pending = true;
        }
    }
    out
}

/// The native codec for an encoding name and its aliases.
pub fn lookup_codec(name: &str) -> Option<Codec> {
    let n = normalize_encoding(name);
    Some(match n.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968"
        | "ansi_x3.4_1986" | "cp367" | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991"
        | "iso_ir_6" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "csisolatin1" | "ibm819" | "iso_ir_100" | "iso_8859_1_1987" => Codec::Latin1,
        "utf_16" | "utf16" | "u16" => Codec::Utf16(Endian::Native),
        "utf_16_le" | "utf_16le" => Codec::Utf16(Endian::Little),
        "utf_16_be" | "utf_16be" => Codec::Utf16(Endian::Big),
        "utf_32" | "utf32" | "u32" => Codec::Utf32(Endian::Native),
        "utf_32_le" | "utf_32le" => Codec::Utf32(Endian::Little),
        "utf_32_be" | "utf_32be" => Codec::Utf32(Endian::Big),
        _ => return None,
    })
}

/// The codec's name as its error messages spell it.
pub fn codec_name(c: Codec) -> &'static str {
    match c {
        Codec::Utf8 => "utf-8",
        Codec::Ascii => "ascii",
        Codec::Latin1 => "latin-1",
        Codec::Utf16(Endian::Native) => "utf-16",
        Codec::Utf16(Endian::Little) => "utf-16-le",
        Codec::Utf16(Endian::Big) => "utf-16-be",
        Codec::Utf32(Endian::Native) => "utf-32",
        Codec::Utf32(Endian::Little) => "utf-32-le",
        Codec::Utf32(Endian::Big) => "utf-32-be",
    }
}

/// `LookupError: unknown error handler name 'x'`.
pub fn unknown_handler(vm: &Vm, errors: &str) -> PyErr {
    vm.new_exc(
        "LookupError",
        format!("unknown error handler name '{errors}'"),
    )
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` for a code point, as the
/// `backslashreplace` handler writes it.
pub fn push_backslash_escape(out: &mut Vec<u8>, cp: u32) {
    let text = if cp < 0x100 {
        format!("\\x{cp:02x}")
    } else if cp < 0x10000 {
        format!("\\u{cp:04x}")
    } else {
        format!("\\U{cp:08x}")
    };
    out.extend_from_slice(text.as_bytes());
}

fn encode_error(
    vm: &Vm,
    codec: &str,
    obj: &PyRef,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let ty = vm.g.exc("UnicodeEncodeError").clone();
    vm.new_exc_args(
        &ty,
        vec![
            vm.new_str(codec),
            obj.clone(),
            vm.new_int(start as i64),
            vm.new_int(end as i64),
            vm.new_str(reason),
        ],
    )
}

/// Encodes the text of the `str` object `obj` with a native codec.
pub fn encode_text(vm: &Vm, obj: &PyRef, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    let s = as_str(obj);
    let mut out = Vec::new();
    match codec {
        Codec::Utf8 => {
            out.reserve_exact_or_raise(vm, s.len())?;
            out.extend_from_slice(s.as_bytes());
        }
        Codec::Utf16(endian) => {
            out.reserve_or_raise(vm, s.len().saturating_mul(2).saturating_add(2))?;
            let little = endian != Endian::Big;
            if endian == Endian::Native {
                out.extend_from_slice(&[0xff, 0xfe]);
            }
            for unit in s.encode_utf16() {
                out.extend_from_slice(&if little {
                    unit.to_le_bytes()
                } else {
                    unit.to_be_bytes()
                });
            }
        }
        Codec::Utf32(endian) => {
            out.reserve_or_raise(vm, s.len().saturating_mul(4).saturating_add(4))?;
            let little = endian != Endian::Big;
            if endian == Endian::Native {
                out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in s.chars() {
                let cp = c as u32;
                out.extend_from_slice(&if little {
                    cp.to_le_bytes()
                } else {
                    cp.to_be_bytes()
                });
            }
        }
        Codec::Ascii | Codec::Latin1 => {
            let (limit, reason) = if codec == Codec::Ascii {
                (0x80, "ordinal not in range(128)")
            } else {
                (0x100, "ordinal not in range(256)")
            };
            out.reserve_or_raise(vm, s.len())?;
            if s.is_ascii() {
                out.extend_from_slice(s.as_bytes());
                return Ok(out);
            }
            let chars: Vec<char> = s.chars().collect();
            let mut i = 0;
            while i < chars.len() {
                let cp = chars[i] as u32;
                if cp < limit {
                    out.push(cp as u8);
                    i += 1;
                    continue;
                }
                let end = chars[i..]
                    .iter()
                    .position(|c| (*c as u32) < limit)
                    .map_or(chars.len(), |k| i + k);
                let bad = &chars[i..end];
                match errors {
                    // With no surrogates in a str, the surrogate handlers
                    // cannot help and fail like strict.
                    "strict" | "surrogateescape" | "surrogatepass" => {
                        return Err(encode_error(vm, codec_name(codec), obj, i, end, reason));
                    }
                    "ignore" => {}
                    "replace" => out.extend(std::iter::repeat_n(b'?', bad.len())),
                    "backslashreplace" => bad
                        .iter()
                        .for_each(|c| push_backslash_escape(&mut out, *c as u32)),
                    "xmlcharrefreplace" => {
                        for c in bad {
                            out.extend_from_slice(format!("&#{};", *c as u32).as_bytes());
                        }
                    }
                    "namereplace" => {
                        for c in bad {
                            match unicode_names2::name(*c) {
                                Some(n) => out.extend_from_slice(format!("\\N{{{n}}}").as_bytes()),
                                None => push_backslash_escape(&mut out, *c as u32),
                            }
                        }
                    }
                    _ => return Err(unknown_handler(vm, errors)),
                }
                i = end;
            }
        }
    }
    Ok(out)
}

/// `codecs.encode(obj, encoding, errors)` / `codecs.decode(...)` for the
/// codecs not implemented here; the result's type is checked as
/// `str.encode` and `bytes.decode` check it.
pub fn codec_fallback(
    vm: &Vm,
    decode: bool,
    obj: &PyRef,
    encoding: &str,
    errors: &str,
) -> PyResult {
    let codecs = match crate::modules::import_module(vm, "codecs", &vm.none(), 0) {
        Ok(m) => m,
        Err(e) if vm.err_matches(&e, "ImportError") => {
            return Err(vm.new_exc("LookupError", format!("unknown encoding: {encoding}")));
        }
        Err(e) => return Err(e),
    };
    let func = vm.getattr_str(&codecs, if decode { "decode" } else { "encode" })?;
    let r = vm.call(
        &func,
        &[obj.clone(), vm.new_str(encoding), vm.new_str(errors)],
        &[],
    )?;
    if decode && str_payload(&r).is_none() {
        return Err(vm.type_error(format!(
            "'{encoding}' decoder returned '{}' instead of 'str'; use codecs.decode() to decode to arbitrary types",
            r.ty().name
        )));
    }
    if !decode && r.downcast::<crate::objects::bytes::Bytes>().is_none() {
        return Err(vm.type_error(format!(
            "'{encoding}' encoder returned '{}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types",
            r.ty().name
        )));
    }
    Ok(r)
}

/// `s.encode(encoding, errors)`.
pub fn encode_object(vm: &Vm, s: &PyRef, encoding: &str, errors: &str) -> PyResult {
    match lookup_codec(encoding) {
        Some(codec) => Ok(crate::objects::bytes::new_bytes(
            vm,
            encode_text(vm, s, codec, errors)?,
        )),
        None => codec_fallback(vm, false, s, encoding, errors),
    }
}

fn str_encode(vm: &Vm, a: Args) -> PyResult {
    let [encoding, errors] = kw_args(vm, &a, 1, "encode", ["encoding", "errors"])?;
    let enc = opt_str_arg(vm, &encoding, "encode", "encoding")?.unwrap_or("utf-8");
    let err = opt_str_arg(vm, &errors, "encode", "errors")?.unwrap_or("strict");
    encode_object(vm, a.zelf(), enc, err)
}

// ---- str.format -------------------------------------------------------------

/// Where named fields come from.
enum Named<'a> {
    Nothing,
    Keywords {
        names: &'a [PyRef],
        values: &'a [PyRef],
    },
    Mapping(&'a PyRef),
}

#[derive(PartialEq, Eq)]
enum Numbering {
    Unset,
    Automatic,
    Manual,
}

/// A parsed replacement field `{name!conversion:spec}`.
struct Field<'f> {
    name: &'f str,
    conversion: Option<char>,
    spec: &'f str,
    spec_has_fields: bool,
}

struct Formatter<'a> {
    vm: &'a Vm,
    /// `None` for `format_map`, which has no positional arguments.
    args: Option<&'a [PyRef]>,
    named: Named<'a>,
    numbering: Numbering,
    next_auto: usize,
}

/// A field index: all decimal digits (of any script); `None` otherwise.
fn field_index(vm: &Vm, s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for c in s.chars() {
        let Some(d) = terrarium_format::decimal_value(c) else {
            return Ok(None);
        };
        if acc > (isize::MAX as usize - d as usize) / 10 {
            return Err(vm.value_error("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d as usize;
    }
    Ok(Some(acc))
}

/// Parses the field starting at byte `pos` (just after its `{`); returns
/// it and the position after its closing `}`.
fn parse_field<'f>(vm: &Vm, fmt: &'f str, mut pos: usize) -> PyResult<(Field<'f>, usize)> {
    let b = fmt.as_bytes();
    let name_start = pos;
    let mut term = None;
    while pos < b.len() {
        let c = b[pos];
        pos += 1;
        match c {
            b'{' => return Err(vm.value_error("unexpected '{' in field name")),
            b'[' => {
                while pos < b.len() && b[pos] != b']' {
                    pos += 1;
                }
            }
            b'}' | b':' | b'!' => {
                term = Some(c);
                break;
            }
            _ => {}
        }
    }
    let Some(term) = term else {
        return Err(vm.value_error("expected '}' before end of string"));
    };
    let name = &fmt[name_start..pos - 1];
    let mut field = Field {
        name,
        conversion: None,
        spec: "",
        spec_has_fields: false,
    };
    if term == b'}' {
        return Ok((field, pos));
    }
    if term == b'!' {
        let Some(conv) = fmt[pos..].chars().next() else {
            return Err(vm.value_error("end of string while looking for conversion specifier"));
        };
        field.conversion = Some(conv);
        pos += conv.len_utf8();
        if pos < b.len() {
            let c = b[pos];
            pos += 1;
            if c == b'}' {
                return Ok((field, pos));
            }
            if c != b':' {
                return Err(vm.value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = pos;
    let mut depth = 1;
    while pos < b.len() {
        let c = b[pos];
        pos += 1;
        if c == b'{' {
            field.spec_has_fields = true;
            depth += 1;
        } else if c == b'}' {
            depth -= 1;
            if depth == 0 {
                field.spec = &fmt[spec_start..pos - 1];
                return Ok((field, pos));
            }
        }
    }
    Err(vm.value_error("unmatched '{' in format spec"))
}

impl Formatter<'_> {
    fn build(&mut self, fmt: &str, depth: i32, out: &mut String) -> PyResult<()> {
        let vm = self.vm;
        if depth <= 0 {
            return Err(vm.value_error("Max string recursion exceeded"));
        }
        let b = fmt.as_bytes();
        let mut pos = 0;
        while pos < b.len() {
            let start = pos;
            let mut brace = None;
            while pos < b.len() {
                let c = b[pos];
                pos += 1;
                if c == b'{' || c == b'}' {
                    brace = Some(c);
                    break;
                }
            }
            let Some(c) = brace else {
                out.push_str(&fmt[start..]);
                break;
            };
            if pos < b.len() && b[pos] == c {
                // A doubled brace stands for itself.
                out.push_str(&fmt[start..pos]);
                pos += 1;
                continue;
            }
            if c == b'}' {
                return Err(vm.value_error("Single '}' encountered in format string"));
            }
            if pos >= b.len() {
                return Err(vm.value_error("Single '{' encountered in format string"));
            }
            out.push_str(&fmt[start..pos - 1]);
            let (field, next) = parse_field(vm, fmt, pos)?;
            pos = next;
            self.render(&field, depth, out)?;
        }
        Ok(())
    }

    fn render(&mut self, field: &Field, depth: i32, out: &mut String) -> PyResult<()> {
        let vm = self.vm;
        let obj = self.lookup(field.name)?;
        let obj = match field.conversion {
            None => obj,
            Some('s') => vm.str(&obj)?,
            Some('r') => vm.repr(&obj)?,
            Some('a') => crate::modules::builtins::ascii_of(vm, &obj)?,
            Some(c) if (c as u32) > 32 && (c as u32) < 127 => {
                return Err(vm.value_error(format!("Unknown conversion specifier {c}")));
            }
            Some(c) => {
                return Err(
                    vm.value_error(format!("Unknown conversion specifier \\x{:x}", c as u32))
                );
            }
        };
        let spec = if field.spec_has_fields {
            let mut s = String::new();
            self.build(field.spec, depth - 1, &mut s)?;
            vm.new_str(s)
        } else {
            vm.new_str(field.spec)
        };
        let r = format_object(vm, &obj, &spec)?;
        out.push_str(as_str(&r));
        Ok(())
    }

    /// The object a field name designates: an argument, then attributes
    /// and items.
    fn lookup(&mut self, name: &str) -> PyResult {
        let vm = self.vm;
        let b = name.as_bytes();
        let first_end = b
            .iter()
            .position(|c| *c == b'.' || *c == b'[')
            .unwrap_or(b.len());
        let first = &name[..first_end];
        let mut index = field_index(vm, first)?;
        let empty = first.is_empty();
        if empty || index.is_some() {
            if self.numbering == Numbering::Unset {
                self.numbering = if empty {
                    Numbering::Automatic
                } else {
                    Numbering::Manual
                };
            }
            if self.numbering == Numbering::Manual && empty {
                return Err(vm.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            if self.numbering == Numbering::Automatic && !empty {
                return Err(vm.value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            if empty {
                index = Some(self.next_auto);
                self.next_auto += 1;
            }
        }
        let mut obj = match index {
            Some(i) => {
                let Some(args) = self.args else {
                    return Err(vm.value_error("Format string contains positional fields"));
                };
                match args.get(i) {
                    Some(v) => v.clone(),
                    None => {
                        return Err(vm.index_error(format!(
                            "Replacement index {i} out of range for positional args tuple"
                        )));
                    }
                }
            }
            None => match &self.named {
                Named::Nothing => return Err(vm.key_error(vm.new_str(first))),
                Named::Keywords { names, values } => {
                    match names.iter().position(|n| as_str(n) == first) {
                        Some(k) => values[k].clone(),
                        None => return Err(vm.key_error(vm.new_str(first))),
                    }
                }
                Named::Mapping(m) => vm.getitem(m, &vm.new_str(first))?,
            },
        };
        let mut pos = first_end;
        while pos < b.len() {
            let c = b[pos];
            pos += 1;
            match c {
                b'.' => {
                    let start = pos;
                    while pos < b.len() && b[pos] != b'.' && b[pos] != b'[' {
                        pos += 1;
                    }
                    if pos == start {
                        return Err(vm.value_error("Empty attribute in format string"));
                    }
                    obj = vm.getattr(&obj, &vm.new_str(&name[start..pos]))?;
                }
                b'[' => {
                    let start = pos;
                    while pos < b.len() && b[pos] != b']' {
                        pos += 1;
                    }
                    if pos >= b.len() {
                        return Err(vm.value_error("Missing ']' in format string"));
                    }
                    let key = &name[start..pos];
                    pos += 1;
                    if key.is_empty() {
                        return Err(vm.value_error("Empty attribute in format string"));
                    }
                    let k = match field_index(vm, key)? {
                        Some(i) => vm.new_int(i as i64),
                        None => vm.new_str(key),
                    };
                    obj = vm.getitem(&obj, &k)?;
                }
                _ => {
                    return Err(
                        vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                    );
                }
            }
        }
        Ok(obj)
    }
}

/// `fmt.format(*args, **kwargs)` with the keywords given as names and
/// values.
pub fn format_with(
    vm: &Vm,
    fmt: &str,
    args: &[PyRef],
    names: &[PyRef],
    values: &[PyRef],
) -> PyResult<String> {
    let named = if names.is_empty() {
        Named::Nothing
    } else {
        Named::Keywords { names, values }
    };
    let mut f = Formatter {
        vm,
        args: Some(args),
        named,
        numbering: Numbering::Unset,
        next_auto: 0,
    };
    let mut out = String::new();
    f.build(fmt, 2, &mut out)?;
    Ok(out)
}

fn str_format(vm: &Vm, a: Args) -> PyResult {
    let pos = a.positional();
    let nkw = a.kwnames.len();
    let values = &a.args[a.args.len() - nkw..];
    let out = format_with(vm, as_str(a.zelf()), &pos[1..], a.kwnames, values)?;
    Ok(vm.new_str(out))
}

fn str_format_map(vm: &Vm, a: Args) -> PyResult {
    let mapping = &clinic_args(vm, &a, "str", "format_map", 1, 1)?[0];
    let mut f = Formatter {
        vm,
        args: None,
        named: Named::Mapping(mapping),
        numbering: Numbering::Unset,
        next_auto: 0,
    };
    let mut out = String::new();
    f.build(as_str(a.zelf()), 2, &mut out)?;
    Ok(vm.new_str(out))
}

// ---- printf-style formatting ------------------------------------------------

/// A failure inside the `%` parser: a Python exception, or a formatting
/// error still to be turned into one.
pub(crate) enum PercentError {
    Py(PyErr),
    Format(FormatError),
}

impl From<FormatError> for PercentError {
    fn from(e: FormatError) -> Self {
        PercentError::Format(e)
    }
}

impl From<PyErr> for PercentError {
    fn from(e: PyErr) -> Self {
        PercentError::Py(e)
    }
}

impl PercentError {
    pub(crate) fn into_py(self, vm: &Vm) -> PyErr {
        match self {
            PercentError::Py(e) => e,
            PercentError::Format(e) => format_error(vm, e),
        }
    }
}

/// The right operand of `%`, consumed as CPython consumes it: a tuple's
/// items one by one, any other object once, and after `%(key)` the value
/// found in the mapping.
pub(crate) struct PercentArgs<'v> {
    vm: &'v Vm,
    args: PyRef,
    items: Vec<PyRef>,
    arglen: isize,
    argidx: isize,
    dict: Option<PyRef>,
    what: &'static str,
}

impl<'v> PercentArgs<'v> {
    /// `bytes_mode` selects the rules of `bytes % args`, whose message says
    /// "bytes formatting" and which does not take bytes as a mapping.
    pub(crate) fn new(vm: &'v Vm, args: &PyRef, bytes_mode: bool) -> PercentArgs<'v> {
        let tuple = args.downcast::<Tuple>();
        let (items, arglen, argidx) = match tuple {
            Some(t) => (t.items().to_vec(), t.len() as isize, 0),
            None => (Vec::new(), -1, -2),
        };
        let excluded = tuple.is_some()
            || str_payload(args).is_some()
            || (bytes_mode
                && (args.downcast::<crate::objects::bytes::Bytes>().is_some()
                    || args
                        .downcast::<crate::objects::bytes::ByteArray>()
                        .is_some()));
        let dict = if !excluded && lookup(args.type_obj_ref(), "__getitem__").is_some() {
            Some(args.clone())
        } else {
            None
        };
        PercentArgs {
            vm,
            args: args.clone(),
            items,
            arglen,
            argidx,
            dict,
            what: if bytes_mode { "bytes" } else { "string" },
        }
    }

    pub(crate) fn next_arg(&mut self) -> PyResult {
        let idx = self.argidx;
        if idx < self.arglen {
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.args.clone());
            }
            return Ok(self.items[idx as usize].clone());
        }
        Err(self.vm.type_error("not enough arguments for format string"))
    }

    /// Checks that every argument was used.
    pub(crate) fn finish(&self) -> PyResult<()> {
        if self.argidx < self.arglen && self.dict.is_none() {
            return Err(self.vm.type_error(format!(
                "not all arguments converted during {} formatting",
                self.what
            )));
        }
        Ok(())
    }
}

impl PrintfArgs for PercentArgs<'_> {
    type Error = PercentError;

    fn begin_key(&mut self) -> Result<(), PercentError> {
        if self.dict.is_none() {
            return Err(PercentError::Py(
                self.vm.type_error("format requires a mapping"),
            ));
        }
        Ok(())
    }

    fn select_key(&mut self, key: &str) -> Result<(), PercentError> {
        let vm = self.vm;
        let dict = self.dict.clone().expect("checked by begin_key");
        let k = if self.what == "bytes" {
            crate::objects::bytes::new_bytes(vm, key.chars().map(|c| c as u32 as u8).collect())
        } else {
            vm.new_str(key)
        };
        self.args = vm.getitem(&dict, &k)?;
        self.items.clear();
        self.arglen = -1;
        self.argidx = -2;
        Ok(())
    }

    fn star(&mut self, field: StarField) -> Result<i64, PercentError> {
        let vm = self.vm;
        let v = self.next_arg()?;
        let Some(i) = v.downcast::<Int>() else {
            return Err(PercentError::Py(vm.type_error("* wants int")));
        };
        match field {
            StarField::Width => i
                .to_i64()
                .filter(|v| *v >= isize::MIN as i64 && *v <= isize::MAX as i64)
                .ok_or_else(|| {
                    PercentError::Py(
                        vm.overflow_error("Python int too large to convert to C ssize_t"),
                    )
                }),
            StarField::Precision => {
                i.to_i64()
                    .filter(|v| i32::try_from(*v).is_ok())
                    .ok_or_else(|| {
                        PercentError::Py(
                            vm.overflow_error("Python int too large to convert to C int"),
                        )
                    })
            }
        }
    }
}

/// `PyNumber_Check`: whether `%d` may try to convert `v`.
fn is_number(vm: &Vm, v: &PyRef) -> bool {
    v.downcast::<Int>().is_some()
        || v.downcast::<Float>().is_some()
        || vm.isinstance_exact_or_sub(v, &vm.g.complex)
        || ["__index__", "__int__", "__float__"]
            .iter()
            .any(|n| lookup(v.type_obj_ref(), n).is_some())
}

/// The integer a `%d %i %u %o %x %X` conversion formats.
pub(crate) fn percent_int(vm: &Vm, v: &PyRef, conv: char) -> PyResult<num_bigint::BigInt> {
    if let Some(i) = v.downcast::<Int>() {
        return Ok(i.to_bigint());
    }
    let integral = matches!(conv, 'o' | 'x' | 'X');
    let wrong = || {
        vm.type_error(format!(
            "%{conv} format: {} is required, not {}",
            if integral {
                "an integer"
            } else {
                "a real number"
            },
            v.ty().name
        ))
    };
    if !is_number(vm, v) {
        return Err(wrong());
    }
    let r = if integral {
        vm.index(v)
    } else {
        crate::objects::int::to_int(vm, v)
    };
    match r {
        Ok(i) => Ok(i
            .downcast::<Int>()
            .map(|i| i.to_bigint())
            .unwrap_or_default()),
        Err(e) if vm.err_matches(&e, "TypeError") => Err(wrong()),
        Err(e) => Err(e),
    }
}

/// The float a `%e %f %g` conversion formats (`PyFloat_AsDouble`).
pub(crate) fn percent_float(vm: &Vm, v: &PyRef) -> PyResult<f64> {
    if let Some(f) = v.downcast::<Float>() {
        return Ok(f.0);
    }
    if let Some(i) = v.downcast::<Int>() {
        return int_as_f64(vm, i);
    }
    if let Some(r) = vm.call_special(v, "__float__", &[])? {
        return match r.downcast::<Float>() {
            Some(f) => Ok(f.0),
            None => Err(vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                v.ty().name,
                r.ty().name
            ))),
        };
    }
    if lookup(v.type_obj_ref(), "__index__").is_some() {
        let i = vm.index(v)?;
        return int_as_f64(vm, i.downcast::<Int>().expect("int"));
    }
    Err(vm.type_error(format!("must be real number, not {}", v.ty().name)))
}

/// Renders one conversion of `str % args`.
fn percent_str_conversion(vm: &Vm, c: &Conversion, v: &PyRef) -> Result<String, PercentError> {
    Ok(match c.conversion {
        's' => printf_text(as_str(&vm.str(v)?), c)?,
        'r' => printf_text(as_str(&vm.repr(v)?), c)?,
        'a' => printf_text(as_str(&crate::modules::builtins::ascii_of(vm, v)?), c)?,
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => printf_int(
            &percent_int(vm, v, c.conversion)?,
            c,
            vm.int_max_str_digits.get(),
        )?,
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => printf_float(percent_float(vm, v)?, c)?,
        'c' => {
            let ch = if let Some(s) = str_payload(v) {
                let mut it = s.as_str().chars();
                match (it.next(), it.next()) {
                    (Some(ch), None) => ch,
                    _ => return Err(PercentError::Py(vm.type_error("%c requires int or char"))),
                }
            } else if v.downcast::<Int>().is_some()
                || lookup(v.type_obj_ref(), "__index__").is_some()
            {
                let i = vm.index(v)?;
                printf_char_code(&i.downcast::<Int>().expect("int").to_bigint())?
            } else {
                return Err(PercentError::Py(vm.type_error("%c requires int or char")));
            };
            printf_text(ch.encode_utf8(&mut [0u8; 4]), c)?
        }
        _ => return Err(PercentError::Format(unsupported_conversion(c))),
    })
}

fn printf_loop(vm: &Vm, fmt: &str, args: &PyRef, out: &mut String) -> Result<(), PercentError> {
    let mut st = PercentArgs::new(vm, args, false);
    let mut parser = PrintfParser::new(fmt);
    while let Some(piece) = parser.next_piece(&mut st)? {
        match piece {
            Piece::Literal(t) => out.push_str(t),
            Piece::Percent => out.push('%'),
            Piece::Conversion(c) => {
                let v = st.next_arg()?;
                let text = percent_str_conversion(vm, &c, &v)?;
                out.try_reserve(text.len())
                    .map_err(|_| PercentError::Py(vm.memory_error()))?;
                out.push_str(&text);
            }
        }
    }
    st.finish()?;
    Ok(())
}

/// `fmt % args` for a str format.
pub fn printf_format(vm: &Vm, fmt: &str, args: &PyRef) -> PyResult<String> {
    let mut out = String::new();
    printf_loop(vm, fmt, args, &mut out).map_err(|e| e.into_py(vm))?;
    Ok(out)
}

// ---- registration -----------------------------------------------------------

pub fn fill(g: &Globals) {
    let t = &g.str_;
    add_static(
        g,
        t,
        "__new__",
        signature!("($type, *args, **kwargs)"),
        str_new,
    );
    add_method(g, t, "__repr__", signature!("($self, /)"), str_repr);
    add_method(g, t, "__str__", signature!("($self, /)"), str_str);
    add_method(g, t, "__hash__", signature!("($self, /)"), str_hash);
    add_method(g, t, "__len__", signature!("($self, /)"), str_len);
    add_method(
        g,
        t,
        "__getitem__",
        signature!("($self, key, /)"),
        str_getitem,
    );
    add_method(
        g,
        t,
        "__contains__",
        signature!("($self, key, /)"),
        str_contains,
    );
    add_method(g, t, "__iter__", signature!("($self, /)"), str_iter);
    add_method(g, t, "__add__", signature!("($self, value, /)"), str_add);
    add_method(g, t, "__mul__", signature!("($self, value, /)"), str_mul);
    add_method(g, t, "__rmul__", signature!("($self, value, /)"), str_rmul);
    add_method(g, t, "__mod__", signature!("($self, value, /)"), str_mod);
    add_method(g, t, "__rmod__", signature!("($self, value, /)"), str_rmod);
    add_method(g, t, "__eq__", signature!("($self, value, /)"), str_eq);
    add_method(g, t, "__ne__", signature!("($self, value, /)"), str_ne);
    add_method(g, t, "__lt__", signature!("($self, value, /)"), str_lt);
    add_method(g, t, "__le__", signature!("($self, value, /)"), str_le);
    add_method(g, t, "__gt__", signature!("($self, value, /)"), str_gt);
    add_method(g, t, "__ge__", signature!("($self, value, /)"), str_ge);
    add_method(
        g,
        t,
        "__format__",
        signature!("($self, format_spec, /)"),
        str_format_spec,
    );
    add_method(
        g,
        t,
        "__getnewargs__",
        signature!(hidden "($self, /)"),
        str_getnewargs,
    );
    add_method(g, t, "__sizeof__", signature!("($self, /)"), str_sizeof);
    add_method(g, t, "capitalize", signature!("($self, /)"), str_capitalize);
    add_method(g, t, "casefold", signature!("($self, /)"), str_casefold);
    add_method(
        g,
        t,
        "center",
        signature!("($self, width, fillchar=' ', /)"),
        str_center,
    );
    add_method(
        g,
        t,
        "count",
        signature!(hidden "($self, sub[, start[, end]])"),
        str_count,
    );
    add_method(
        g,
        t,
        "encode",
        signature!("($self, /, encoding='utf-8', errors='strict')"),
        str_encode,
    );
    add_method(
        g,
        t,
        "endswith",
        signature!(hidden "($self, suffix[, start[, end]])"),
        str_endswith,
    );
    add_method(
        g,
        t,
        "expandtabs",
        signature!("($self, /, tabsize=8)"),
        str_expandtabs,
    );
    add_method(
        g,
        t,
        "find",
        signature!(hidden "($self, sub[, start[, end]])"),
        str_find,
    );
    add_method(
        g,
        t,
        "format",
        signature!(hidden "($self, *args, **kwargs)"),
        str_format,
    );
    add_method(
        g,
        t,
        "format_map",
        signature!(hidden "($self, mapping, /)"),
        str_format_map,
    );
    add_method(
        g,
        t,
        "index",
        signature!(hidden "($self, sub[, start[, end]])"),
        str_index,
    );
    add_method(g, t, "isalnum", signature!("($self, /)"), str_isalnum);
    add_method(g, t, "isalpha", signature!("($self, /)"), str_isalpha);
    add_method(g, t, "isascii", signature!("($self, /)"), str_isascii);
    add_method(g, t, "isdecimal", signature!("($self, /)"), str_isdecimal);
    add_method(g, t, "isdigit", signature!("($self, /)"), str_isdigit);
    add_method(
        g,
        t,
        "isidentifier",
        signature!("($self, /)"),
        str_isidentifier,
    );
    add_method(g, t, "islower", signature!("($self, /)"), str_islower);
    add_method(g, t, "isnumeric", signature!("($self, /)"), str_isnumeric);
    add_method(
        g,
        t,
        "isprintable",
        signature!("($self, /)"),
        str_isprintable,
    );
    add_method(g, t, "isspace", signature!("($self, /)"), str_isspace);
    add_method(g, t, "istitle", signature!("($self, /)"), str_istitle);
    add_method(g, t, "isupper", signature!("($self, /)"), str_isupper);
    add_method(g, t, "join", signature!("($self, iterable, /)"), str_join);
    add_method(
        g,
        t,
        "ljust",
        signature!("($self, width, fillchar=' ', /)"),
        str_ljust,
    );
    add_method(g, t, "lower", signature!("($self, /)"), str_lower);
    add_method(
        g,
        t,
        "lstrip",
        signature!("($self, chars=None, /)"),
        str_lstrip,
    );
    add_static(
        g,
        t,
        "maketrans",
        signature!("(x, y=<unrepresentable>, z=<unrepresentable>, /)"),
        str_maketrans,
    );
    add_method(
        g,
        t,
        "partition",
        signature!("($self, sep, /)"),
        str_partition,
    );
    add_method(
        g,
        t,
        "removeprefix",
        signature!("($self, prefix, /)"),
        str_removeprefix,
    );
    add_method(
        g,
        t,
        "removesuffix",
        signature!("($self, suffix, /)"),
        str_removesuffix,
    );
    add_method(
        g,
        t,
        "replace",
        signature!("($self, old, new, count=-1, /)"),
        str_replace,
    );
    add_method(
        g,
        t,
        "rfind",
        signature!(hidden "($self, sub[, start[, end]])"),
        str_rfind,
    );
    add_method(
        g,
        t,
        "rindex",
        signature!(hidden "($self, sub[, start[, end]])"),
        str_rindex,
    );
    add_method(
        g,
        t,
        "rjust",
        signature!("($self, width, fillchar=' ', /)"),
        str_rjust,
    );
    add_method(
        g,
        t,
        "rpartition",
        signature!("($self, sep, /)"),
        str_rpartition,
    );
    add_method(
        g,
        t,
        "rsplit",
        signature!("($self, /, sep=None, maxsplit=-1)"),
        str_rsplit,
    );
    add_method(
        g,
        t,
        "rstrip",
        signature!("($self, chars=None, /)"),
        str_rstrip,
    );
    add_method(
        g,
        t,
        "split",
        signature!("($self, /, sep=None, maxsplit=-1)"),
        str_split,
    );
    add_method(
        g,
        t,
        "splitlines",
        signature!("($self, /, keepends=False)"),
        str_splitlines,
    );
    add_method(
        g,
        t,
        "startswith",
        signature!(hidden "($self, prefix[, start[, end]])"),
        str_startswith,
    );
    add_method(
        g,
        t,
        "strip",
        signature!("($self, chars=None, /)"),
        str_strip,
    );
    add_method(g, t, "swapcase", signature!("($self, /)"), str_swapcase);
    add_method(g, t, "title", signature!("($self, /)"), str_title);
    add_method(
        g,
        t,
        "translate",
        signature!("($self, table, /)"),
        str_translate,
    );
    add_method(g, t, "upper", signature!("($self, /)"), str_upper);
    add_method(g, t, "zfill", signature!("($self, width, /)"), str_zfill);
    add_doc(
        g,
        t,
        "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n\
Create a new string object from the given object. If encoding or\n\
errors is specified, then the object must expose a data buffer\n\
that will be decoded using the given encoding and error handler.\n\
Otherwise, returns the result of object.__str__() (if defined)\n\
or repr(object).\n\
encoding defaults to sys.getdefaultencoding().\n\
errors defaults to 'strict'.",
    );
}

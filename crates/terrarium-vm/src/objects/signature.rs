//! The declared parameters of native functions and methods: the role
//! Argument Clinic plays in CPython.
//!
//! Every native is registered with a `Signature`, written in the syntax of
//! CPython's `__text_signature__` and parsed at compile time (`signature!`),
//! so a malformed declaration does not build. The call paths
//! (`MethodDescr::call`, `call_native`) check each call against it before the
//! body runs, with the message CPython's argument parser of the same kind
//! gives. A body may therefore index every required argument and need not
//! repeat the arity check; it cannot forget one.
//!
//! The syntax:
//! - `($self, a, b=0, /, c=None, *, d, e=1)`: a receiver (`$self` or `$type`,
//!   passed first in the arguments; `$module` is no argument), then
//!   positional-only, positional-or-keyword and keyword-only parameters;
//!   `*args` and `**kwargs` as in Python. What follows `=` is only shown.
//! - `($self, sub[, start[, end]])`: CPython's older `PyArg_ParseTuple`
//!   functions, positional-only, with optional groups in brackets and that
//!   parser's messages.
//!
//! `signature!("...")` declares what CPython's own `__text_signature__`
//! shows; `signature!(hidden "...")` what CPython checks but does not show
//! (its `__text_signature__` is `None`); `signature!(unchecked "...")` what
//! CPython shows but does not enforce, for the few natives whose CPython
//! counterparts count their arguments by hand (`sorted`, the abstract
//! `seek`): the body checks, with those messages.

use crate::error::{PyErr, PyResult};
use crate::objects::native::Args;
use crate::vm::Vm;

/// Which of CPython's argument parsers a signature's messages follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// `METH_NOARGS`: no parameters.
    NoArgs,
    /// `METH_O`: one required positional-only parameter.
    One,
    /// Clinic's positional-only parsing (`_PyArg_CheckPositional`).
    Positional,
    /// Clinic's keyword parsing (`_PyArg_UnpackKeywords`).
    Keywords,
    /// `PyArg_ParseTuple` with optional groups.
    Legacy,
}

/// A parameter's kind, as `inspect.Parameter` names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    PositionalOnly,
    PositionalOrKeyword,
    VarPositional,
    KeywordOnly,
    VarKeyword,
}

#[derive(Clone, Copy, Debug)]
pub struct Signature {
    text: &'static str,
    /// Whether `__text_signature__` shows `text` (CPython's does).
    exposed: bool,
    /// The receiver is the first argument (`$self`, `$type`).
    receiver: bool,
    posonly: usize,
    /// Required positional parameters.
    minpos: usize,
    /// Positional parameters (`usize::MAX` with `*args`).
    maxpos: usize,
    /// Positional-or-keyword and keyword-only parameters.
    nkeywords: usize,
    /// Required keyword-only parameters.
    minkw: usize,
    varkw: bool,
    style: Style,
    /// False for `unchecked` signatures, whose bodies check.
    enforced: bool,
}

/// One item between the parentheses: `start..end` is its name.
#[derive(Clone, Copy)]
struct Item {
    start: usize,
    end: usize,
    has_default: bool,
    /// Opens an optional group (`[`) before its name.
    opens_group: bool,
}

/// The item starting at `i` (after a `(` or `,`), and where the next begins;
/// `None` at the closing parenthesis.
const fn next_item(b: &[u8], mut i: usize) -> Option<(Item, usize)> {
    let mut opens_group = false;
    while i < b.len() && matches!(b[i], b' ' | b'\n' | b',' | b'[') {
        if b[i] == b'[' {
            opens_group = true;
        }
        i += 1;
    }
    if i >= b.len() || b[i] == b')' || b[i] == b']' {
        return None;
    }
    let start = i;
    while i < b.len() && !matches!(b[i], b',' | b')' | b'=' | b'[' | b']' | b' ' | b'\n') {
        i += 1;
    }
    let end = i;
    let mut has_default = false;
    let mut depth = 0usize;
    let mut quote = 0u8;
    while i < b.len() {
        let c = b[i];
        if quote != 0 {
            if c == b'\\' {
                i += 1;
            } else if c == quote {
                quote = 0;
            }
        } else if c == b'\'' || c == b'"' {
            quote = c;
        } else if c == b'=' && depth == 0 {
            has_default = true;
        } else if matches!(c, b'(' | b'{' | b'<') || (c == b'[' && has_default) {
            depth += 1;
        } else if matches!(c, b')' | b'}' | b'>' | b']') && depth > 0 {
            depth -= 1;
        } else if depth == 0 && matches!(c, b',' | b')' | b'[' | b']') {
            break;
        }
        i += 1;
    }
    while i < b.len() && b[i] == b']' {
        i += 1;
    }
    Some((
        Item {
            start,
            end,
            has_default,
            opens_group,
        },
        i,
    ))
}

const fn starts_with(b: &[u8], at: usize, prefix: &[u8]) -> bool {
    if at + prefix.len() > b.len() {
        return false;
    }
    let mut j = 0;
    while j < prefix.len() {
        if b[at + j] != prefix[j] {
            return false;
        }
        j += 1;
    }
    true
}

impl Signature {
    /// Parses a declaration (see the module's documentation); panics, so
    /// fails the build under `signature!`, on a malformed one.
    pub const fn parse(text: &'static str, exposed: bool) -> Signature {
        let b = text.as_bytes();
        assert!(!b.is_empty() && b[0] == b'(', "a signature starts with '('");
        assert!(b[b.len() - 1] == b')', "a signature ends with ')'");
        let mut s = Signature {
            text,
            exposed,
            receiver: false,
            posonly: 0,
            minpos: 0,
            maxpos: 0,
            nkeywords: 0,
            minkw: 0,
            varkw: false,
            style: Style::Keywords,
            enforced: true,
        };
        let mut legacy = false;
        let mut optional = false;
        let mut keyword_only = false;
        let mut saw_slash = false;
        let mut first = true;
        let mut i = 1;
        while let Some((item, next)) = next_item(b, i) {
            i = next;
            let at = item.start;
            if item.opens_group {
                legacy = true;
                optional = true;
            }
            if first && b[at] == b'$' {
                s.receiver = !starts_with(b, at, b"$module");
            } else if item.end - at == 1 && b[at] == b'/' {
                assert!(!saw_slash && !keyword_only, "misplaced '/'");
                saw_slash = true;
                s.posonly = s.maxpos;
                s.nkeywords = 0;
            } else if starts_with(b, at, b"**") {
                s.varkw = true;
            } else if b[at] == b'*' {
                keyword_only = true;
                if item.end - at > 1 {
                    s.maxpos = usize::MAX;
                }
            } else if keyword_only {
                s.nkeywords += 1;
                if !item.has_default {
                    s.minkw += 1;
                }
            } else {
                assert!(s.maxpos != usize::MAX, "a positional parameter after *args");
                s.maxpos += 1;
                s.nkeywords += 1;
                if item.has_default {
                    optional = true;
                } else if !optional {
                    s.minpos += 1;
                } else {
                    assert!(legacy, "a required parameter after an optional one");
                }
            }
            first = false;
        }
        assert!(i == b.len() - 1, "unbalanced signature");
        s.style = if legacy {
            assert!(
                !keyword_only && !s.varkw,
                "optional groups are positional only"
            );
            s.posonly = s.maxpos;
            s.nkeywords = 0;
            Style::Legacy
        } else if s.maxpos == usize::MAX && s.nkeywords == 0 && !s.varkw {
            // `(*args)`: METH_VARARGS, positional only, any number.
            s.posonly = usize::MAX;
            Style::Legacy
        } else if s.maxpos == 0 && s.nkeywords == 0 && !s.varkw {
            Style::NoArgs
        } else if s.posonly == s.maxpos && s.nkeywords == 0 && !s.varkw {
            if s.maxpos == 1 && s.minpos == 1 {
                Style::One
            } else {
                Style::Positional
            }
        } else {
            Style::Keywords
        };
        s
    }

    /// A signature shown as `text` that accepts every call: its body
    /// checks the arguments itself.
    pub const fn unchecked(text: &'static str) -> Signature {
        let mut s = Signature::parse(text, true);
        s.minpos = 0;
        s.maxpos = usize::MAX;
        s.minkw = 0;
        s.enforced = false;
        s
    }

    /// CPython's `__text_signature__`: `None` when CPython shows none.
    pub fn text_signature(&self) -> Option<&'static str> {
        self.exposed.then_some(self.text)
    }

    pub fn style(&self) -> Style {
        self.style
    }

    /// Whether the receiver comes first in the arguments.
    pub fn has_receiver(&self) -> bool {
        self.receiver
    }

    /// The parameters after the receiver, in order, with their kinds.
    pub fn params(&self) -> Params {
        Params {
            text: self.text,
            at: 1,
            first: true,
            positional_only: self.style == Style::Legacy || has_slash(self.text),
            keyword_only: false,
        }
    }

    /// Checks a call; `args` holds the receiver first when the signature
    /// has one. `qualname` names the native for the messages that CPython
    /// words with its qualified name (`str.upper() takes no arguments`);
    /// `via_descriptor` says the call came through the type's method
    /// descriptor, not a bound method, which changes one message.
    #[inline]
    pub fn check(
        &self,
        vm: &Vm,
        name: &str,
        qualname: &dyn Fn() -> String,
        via_descriptor: bool,
        args: Args,
    ) -> PyResult<()> {
        let skip = self.receiver as usize;
        let npos = args.args.len().saturating_sub(args.kwnames.len() + skip);
        if args.kwnames.is_empty() && self.minkw == 0 && self.minpos <= npos && npos <= self.maxpos
        {
            return Ok(());
        }
        self.check_slow(vm, name, qualname, via_descriptor, args, npos)
    }

    #[cold]
    #[inline(never)]
    fn check_slow(
        &self,
        vm: &Vm,
        name: &str,
        qualname: &dyn Fn() -> String,
        via_descriptor: bool,
        args: Args,
        npos: usize,
    ) -> PyResult<()> {
        if !self.enforced {
            return Ok(());
        }
        let nkw = args.kwnames.len();
        match self.style {
            Style::NoArgs | Style::One if nkw > 0 => Err(no_keywords(vm, &qualname())),
            Style::NoArgs => Err(vm.type_error(format!(
                "{}() takes no arguments ({npos} given)",
                qualname()
            ))),
            Style::One => Err(vm.type_error(format!(
                "{}() takes exactly one argument ({npos} given)",
                qualname()
            ))),
            Style::Positional if nkw > 0 => Err(no_keywords(vm, &qualname())),
            Style::Positional => {
                let (qualifier, bound) = self.broken_bound(npos);
                let qualifier = qualifier.map_or(String::new(), |q| format!("{q} "));
                Err(vm.type_error(format!(
                    "{name} expected {qualifier}{bound} argument{}, got {npos}",
                    plural(bound)
                )))
            }
            // The descriptor refuses keywords before the function sees
            // them (`str.count() takes...`), a bound method after (`count()`).
            Style::Legacy if nkw > 0 && via_descriptor => Err(no_keywords(vm, &qualname())),
            Style::Legacy if nkw > 0 => Err(no_keywords(vm, name)),
            Style::Legacy => {
                let (qualifier, bound) = self.broken_bound(npos);
                let qualifier = qualifier.unwrap_or("exactly");
                Err(vm.type_error(format!(
                    "{name}() takes {qualifier} {bound} argument{} ({npos} given)",
                    plural(bound)
                )))
            }
            Style::Keywords => self.unpack_keywords(vm, name, args, npos),
        }
    }

    /// The positional bound a count of `npos` breaks, and "at least" or
    /// "at most" unless the count is fixed.
    fn broken_bound(&self, npos: usize) -> (Option<&'static str>, usize) {
        match (self.minpos == self.maxpos, npos < self.minpos) {
            (true, _) => (None, self.minpos),
            (false, true) => (Some("at least"), self.minpos),
            (false, false) => (Some("at most"), self.maxpos),
        }
    }

    /// CPython's `_PyArg_UnpackKeywords` checks, in its order.
    fn unpack_keywords(&self, vm: &Vm, name: &str, args: Args, npos: usize) -> PyResult<()> {
        let nkw = args.kwnames.len();
        let maxargs = self.posonly + self.nkeywords;
        let varargs = self.maxpos == usize::MAX;
        if !varargs && !self.varkw && npos + nkw > maxargs {
            return Err(vm.type_error(format!(
                "{name}() takes at most {maxargs} {}argument{} ({} given)",
                if npos == 0 { "keyword " } else { "" },
                plural(maxargs),
                npos + nkw
            )));
        }
        if npos > self.maxpos {
            return Err(vm.type_error(if self.maxpos == 0 {
                format!("{name}() takes no positional arguments")
            } else {
                format!(
                    "{name}() takes {} {} positional argument{} ({npos} given)",
                    if self.minpos < self.maxpos {
                        "at most"
                    } else {
                        "exactly"
                    },
                    self.maxpos,
                    plural(self.maxpos)
                )
            }));
        }
        let minposonly = self.posonly.min(self.minpos);
        if npos < minposonly {
            return Err(vm.type_error(format!(
                "{name}() takes {} {minposonly} positional argument{} ({npos} given)",
                if minposonly < self.maxpos {
                    "at least"
                } else {
                    "exactly"
                },
                plural(minposonly)
            )));
        }
        let keywords = || args.kwnames.iter().map(|k| crate::objects::str::as_str(k));
        let given = |param: &str| keywords().any(|k| k == param);
        let mut index = 0;
        let mut required_kw = self.minkw;
        for (param, kind) in self.params() {
            match kind {
                Kind::PositionalOnly => {}
                Kind::PositionalOrKeyword if index < npos => {
                    if given(param) {
                        return Err(vm.type_error(format!(
                            "argument for {name}() given by name ('{param}') and position ({})",
                            index + 1
                        )));
                    }
                }
                Kind::PositionalOrKeyword if index < self.minpos && !given(param) => {
                    return Err(missing(vm, name, param, index));
                }
                Kind::KeywordOnly if required_kw > 0 && !given(param) => {
                    return Err(missing(vm, name, param, index));
                }
                _ => {}
            }
            if kind == Kind::KeywordOnly && required_kw > 0 {
                required_kw -= 1;
            }
            index += 1;
        }
        if self.varkw {
            return Ok(());
        }
        for k in keywords() {
            let accepted = self.params().any(|(p, kind)| {
                p == k && matches!(kind, Kind::PositionalOrKeyword | Kind::KeywordOnly)
            });
            if !accepted {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()"))
                );
            }
        }
        Ok(())
    }
}

/// The parameters of a signature, read from its text as they are needed
/// (keyword calls only), so no signature stores them twice.
pub struct Params {
    text: &'static str,
    at: usize,
    first: bool,
    /// Before the `/` (or in a signature of optional groups).
    positional_only: bool,
    /// After the `*` or `*args`.
    keyword_only: bool,
}

impl Iterator for Params {
    type Item = (&'static str, Kind);

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let (item, next) = next_item(self.text.as_bytes(), self.at)?;
            self.at = next;
            let name = &self.text[item.start..item.end];
            if std::mem::replace(&mut self.first, false) && name.starts_with('$') {
                continue;
            }
            if name == "/" {
                self.positional_only = false;
                continue;
            }
            if let Some(rest) = name.strip_prefix("**") {
                return Some((rest, Kind::VarKeyword));
            }
            if let Some(rest) = name.strip_prefix('*') {
                self.keyword_only = true;
                if rest.is_empty() {
                    continue;
                }
                return Some((rest, Kind::VarPositional));
            }
            let kind = if self.keyword_only {
                Kind::KeywordOnly
            } else if self.positional_only {
                Kind::PositionalOnly
            } else {
                Kind::PositionalOrKeyword
            };
            return Some((name, kind));
        }
    }
}

fn has_slash(text: &str) -> bool {
    text.split(',')
        .any(|p| p.trim().trim_end_matches(')') == "/")
}

fn no_keywords(vm: &Vm, qualname: &str) -> PyErr {
    vm.type_error(format!("{qualname}() takes no keyword arguments"))
}

fn missing(vm: &Vm, name: &str, param: &str, index: usize) -> PyErr {
    vm.type_error(format!(
        "{name}() missing required argument '{param}' (pos {})",
        index + 1
    ))
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(s: &Signature) -> Vec<(&'static str, Kind)> {
        s.params().collect()
    }

    #[test]
    fn clinic_signatures() {
        let s = Signature::parse("($self, /, sep=None, maxsplit=-1)", true);
        assert_eq!(s.style, Style::Keywords);
        assert!(s.receiver);
        assert_eq!((s.posonly, s.minpos, s.maxpos, s.nkeywords), (0, 0, 2, 2));
        assert_eq!(
            kinds(&s),
            [
                ("sep", Kind::PositionalOrKeyword),
                ("maxsplit", Kind::PositionalOrKeyword)
            ]
        );
        let s = Signature::parse("($self, width, fillchar=' ', /)", true);
        assert_eq!(s.style, Style::Positional);
        assert_eq!((s.minpos, s.maxpos), (1, 2));
        let s = Signature::parse("($self, object, /)", true);
        assert_eq!(s.style, Style::One);
        assert_eq!(Signature::parse("($self, /)", true).style, Style::NoArgs);
        let s = Signature::parse("($module, iterable, /, start=0)", true);
        assert!(!s.receiver);
        assert_eq!((s.posonly, s.minpos, s.maxpos, s.nkeywords), (1, 1, 2, 1));
        let s = Signature::parse("($self, /, *, key=None, reverse=False)", true);
        assert_eq!((s.maxpos, s.nkeywords, s.minkw), (0, 2, 0));
        let s = Signature::parse("(*args, sep=' ', end='\\n', file=None, flush=False)", false);
        assert_eq!((s.maxpos, s.nkeywords), (usize::MAX, 4));
        assert_eq!(s.style, Style::Keywords);
        let s = Signature::parse("($type, *args, **kwargs)", true);
        assert!(s.varkw && s.receiver && s.maxpos == usize::MAX);
        let s = Signature::parse("($self, key, default=<unrepresentable>, /)", true);
        assert_eq!((s.style, s.minpos, s.maxpos), (Style::Positional, 1, 2));
        let s = Signature::parse("(x, /, *, y, z=(1, 2), w='a,b')", true);
        assert_eq!((s.maxpos, s.nkeywords, s.minkw), (1, 3, 1));
    }

    #[test]
    fn legacy_signatures() {
        let s = Signature::parse("($self, sub[, start[, end]])", false);
        assert_eq!(s.style, Style::Legacy);
        assert_eq!((s.minpos, s.maxpos, s.posonly), (1, 3, 3));
        assert_eq!(
            kinds(&s),
            [
                ("sub", Kind::PositionalOnly),
                ("start", Kind::PositionalOnly),
                ("end", Kind::PositionalOnly)
            ]
        );
        let s = Signature::parse("([object])", false);
        assert_eq!((s.style, s.minpos, s.maxpos), (Style::Legacy, 0, 1));
    }
}

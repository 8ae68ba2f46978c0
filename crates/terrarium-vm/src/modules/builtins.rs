//! The `builtins` module: builtin functions, types and constants.

use num_bigint::BigInt;
use num_traits::Signed;
use terrarium_compiler::bytecode::CmpOp;

use crate::error::PyResult;
use crate::object::{PyRef, alloc};
use crate::objects::dict::Dict;
use crate::objects::native::{Args, NativeFn, NativeFunction};
use crate::objects::signature::Signature;
use crate::objects::str::{Str, as_str};
use crate::objects::typeobject::{lookup, td};
use crate::typeobj::TypeData;
use crate::vm::Vm;

/// Adds builtin functions to module `m`.
pub fn add_functions(
    vm: &Vm,
    m: &PyRef,
    module: &'static str,
    fns: &[(&'static str, &'static Signature, NativeFn)],
) -> PyResult<()> {
    for (name, sig, f) in fns {
        // Module functions get no receiver (`$module` is none).
        assert!(
            !sig.has_receiver(),
            "{name}: a module function's signature has no $self"
        );
        let func = alloc(
            &vm.g.builtin_function,
            NativeFunction {
                name,
                func: *f,
                zelf: None,
                module: Some(module),
                doc: None,
                new_of: None,
                arity: None,
                sig,
            },
        );
        vm.setattr_str(m, name, func)?;
    }
    Ok(())
}

fn one(vm: &Vm, a: &Args, name: &str) -> PyResult<PyRef> {
    Ok(a.check_pos(vm, name, 0, 1, 1)?[0].clone())
}

fn abs_(vm: &Vm, a: Args) -> PyResult {
    let x = one(vm, &a, "abs")?;
    match vm.call_special(&x, "__abs__", &[])? {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!("bad operand type for abs(): '{}'", x.ty().name))),
    }
}

fn all_(vm: &Vm, a: Args) -> PyResult {
    let it = vm.iter(&one(vm, &a, "all")?)?;
    while let Some(x) = vm.next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(vm.bool(false));
        }
    }
    Ok(vm.bool(true))
}

fn any_(vm: &Vm, a: Args) -> PyResult {
    let it = vm.iter(&one(vm, &a, "any")?)?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? {
            return Ok(vm.bool(true));
        }
    }
    Ok(vm.bool(false))
}

/// `ascii(o)`: the repr with non-ASCII characters escaped.
pub fn ascii_of(vm: &Vm, o: &PyRef) -> PyResult {
    let r = vm.repr(o)?;
    let s = as_str(&r);
    if s.is_ascii() {
        return Ok(r);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    Ok(vm.new_str(out))
}

fn ascii(vm: &Vm, a: Args) -> PyResult {
    ascii_of(vm, &one(vm, &a, "ascii")?)
}

fn radix(vm: &Vm, a: &Args, name: &str, base: u32, prefix: &str) -> PyResult {
    let x = one(vm, a, name)?;
    let i = vm.index_bigint(&x)?;
    let digits = i.abs().to_str_radix(base);
    Ok(vm.new_str(format!(
        "{}{prefix}{digits}",
        if i.is_negative() { "-" } else { "" }
    )))
}

fn bin(vm: &Vm, a: Args) -> PyResult {
    radix(vm, &a, "bin", 2, "0b")
}
fn oct(vm: &Vm, a: Args) -> PyResult {
    radix(vm, &a, "oct", 8, "0o")
}
fn hex(vm: &Vm, a: Args) -> PyResult {
    radix(vm, &a, "hex", 16, "0x")
}

fn callable(vm: &Vm, a: Args) -> PyResult {
    Ok(vm.bool(vm.is_callable(&one(vm, &a, "callable")?)))
}

fn chr_(vm: &Vm, a: Args) -> PyResult {
    let x = one(vm, &a, "chr")?;
    let i = vm.index_bigint(&x)?;
    let c = u32::try_from(&i).ok().and_then(char::from_u32);
    match c {
        Some(c) => Ok(vm.new_str(c.to_string())),
        None => {
            if i >= BigInt::from(0) && i < BigInt::from(0x110000) {
                Err(vm
                    .value_error("surrogate code points are not supported by Terrarium's str yet"))
            } else if i.bits() > 31 {
                Err(vm.overflow_error("Python int too large to convert to C int"))
            } else {
                Err(vm.value_error("chr() arg not in range(0x110000)"))
            }
        }
    }
}

fn ord_(vm: &Vm, a: Args) -> PyResult {
    let x = one(vm, &a, "ord")?;
    if let Some(s) = x.downcast::<Str>() {
        if s.char_len() != 1 {
            return Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                s.char_len()
            )));
        }
        return Ok(vm.new_int(s.char_at(0) as i64));
    }
    if let Some(b) = crate::objects::bytes::bytes_like(vm, &x) {
        if b.len() != 1 {
            return Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            )));
        }
        return Ok(vm.new_int(b[0] as i64));
    }
    Err(vm.type_error(format!(
        "ord() expected string of length 1, but {} found",
        x.ty().name
    )))
}

fn delattr(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "delattr", 0, 2, 2)?;
    check_attr_name(vm, &pos[1])?;
    vm.setattr(&pos[0], &pos[1], None)?;
    Ok(vm.none())
}

fn check_attr_name(vm: &Vm, n: &PyRef) -> PyResult<()> {
    if n.downcast::<Str>().is_none() {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            n.ty().name
        )));
    }
    Ok(())
}

fn getattr(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "getattr", 0, 2, 3)?;
    check_attr_name(vm, &pos[1])?;
    if pos.len() == 3 {
        return Ok(lookup_attr(vm, &pos[0], &pos[1])?.unwrap_or_else(|| pos[2].clone()));
    }
    vm.getattr(&pos[0], &pos[1])
}

/// The attribute, or `None` where the lookup raised AttributeError (from a
/// descriptor too), as CPython's `_PyObject_LookupAttr`.
fn lookup_attr(vm: &Vm, obj: &PyRef, name: &PyRef) -> PyResult<Option<PyRef>> {
    match vm.getattr_opt(obj, name) {
        Err(e) if vm.err_matches(&e, "AttributeError") => Ok(None),
        r => r,
    }
}

fn hasattr(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "hasattr", 0, 2, 2)?;
    check_attr_name(vm, &pos[1])?;
    Ok(vm.bool(lookup_attr(vm, &pos[0], &pos[1])?.is_some()))
}

fn setattr(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "setattr", 0, 3, 3)?;
    check_attr_name(vm, &pos[1])?;
    vm.setattr(&pos[0], &pos[1], Some(pos[2].clone()))?;
    Ok(vm.none())
}

fn dir_(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "dir", 0, 0, 1)?;
    let names = if pos.is_empty() {
        let l = locals_dict(vm)?;
        vm.call_method(&l, "keys", &[])?
    } else {
        match lookup(pos[0].type_obj_ref(), "__dir__") {
            Some(d) => vm.call_descr(&d, &pos[0], &[])?,
            None => return Err(vm.type_error("object does not provide __dir__")),
        }
    };
    let list = vm.new_list(vm.to_vec(&names)?);
    vm.call_method(&list, "sort", &[])?;
    Ok(list)
}

fn divmod(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "divmod", 0, 2, 2)?;
    match vm.binary_op1(&pos[0], &pos[1], "__divmod__", "__rdivmod__")? {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            pos[0].ty().name,
            pos[1].ty().name
        ))),
    }
}

fn current_globals(vm: &Vm) -> PyRef {
    match vm.current_frame() {
        Some(f) => crate::objects::frame::frame_globals(&f),
        None => vm.new_dict(),
    }
}

fn locals_dict(vm: &Vm) -> PyResult {
    match vm.current_frame() {
        Some(f) => crate::objects::frame::frame_locals(vm, &f),
        None => Ok(vm.new_dict()),
    }
}

fn globals_(vm: &Vm, a: Args) -> PyResult {
    a.check_pos(vm, "globals", 0, 0, 0)?;
    Ok(current_globals(vm))
}

fn locals_(vm: &Vm, a: Args) -> PyResult {
    a.check_pos(vm, "locals", 0, 0, 0)?;
    locals_dict(vm)
}

fn vars_(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "vars", 0, 0, 1)?;
    if pos.is_empty() {
        return locals_dict(vm);
    }
    match vm.getattr_opt(&pos[0], &vm.intern("__dict__"))? {
        Some(d) => Ok(d),
        None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
    }
}

/// Compiles source text (or returns a code object as is).
pub fn compile_source(
    vm: &Vm,
    source: &str,
    filename: &str,
    mode: terrarium_compiler::Mode,
    future_annotations: bool,
) -> PyResult {
    let opts = terrarium_compiler::CompileOptions {
        filename: filename.to_string(),
        mode,
        future_annotations,
        optimize: vm.config.optimize,
        int_max_str_digits: vm.int_max_str_digits.get(),
    };
    match terrarium_compiler::compile(source, &opts) {
        Ok(co) => Ok(crate::objects::code::load_code(vm, co)),
        Err(e) => Err(compile_error(vm, e, filename)),
    }
}

pub fn compile_error(
    vm: &Vm,
    e: terrarium_compiler::CompileError,
    filename: &str,
) -> crate::error::PyErr {
    use terrarium_compiler::CompileErrorKind as K;
    let kind = match e.kind {
        K::Syntax => "SyntaxError",
        K::Indentation => "IndentationError",
        K::Tab => "TabError",
        K::Recursion => return vm.recursion_error(&e.message),
    };
    let text = e.text.map(|t| vm.new_str(t)).unwrap_or_else(|| vm.none());
    let info = vm.new_tuple(vec![
        vm.new_str(filename),
        vm.new_int(e.line as i64),
        vm.new_int(e.col as i64),
        text,
        vm.new_int(e.end_line as i64),
        vm.new_int(e.end_col as i64),
    ]);
    vm.new_exc_args(&vm.g.exc(kind).clone(), vec![vm.new_str(e.message), info])
}

fn source_text(vm: &Vm, o: &PyRef, fname: &str) -> PyResult<String> {
    if let Some(s) = o.downcast::<Str>() {
        return Ok(s.as_str().to_string());
    }
    if let Some(b) = crate::objects::bytes::bytes_like(vm, o) {
        return String::from_utf8(b)
            .map_err(|_| vm.new_exc("SyntaxError", "source code is not valid UTF-8"));
    }
    Err(vm.type_error(format!(
        "{fname}() arg 1 must be a string, bytes or code object"
    )))
}

fn compile_(vm: &Vm, a: Args) -> PyResult {
    let [
        source,
        filename,
        mode,
        flags,
        dont_inherit,
        optimize,
        _feature,
    ] = a.bind(
        vm,
        "compile",
        [
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
            "_feature_version",
        ],
        0,
        3,
        0,
    )?;
    let _ = (dont_inherit, optimize);
    let source = source.expect("required");
    if source.type_is(&vm.g.code) {
        return Ok(source);
    }
    let text = source_text(vm, &source, "compile")?;
    let filename = vm.str_string(&filename.expect("required"))?;
    let mode = match as_str(&mode.expect("required")) {
        "exec" => terrarium_compiler::Mode::Exec,
        "eval" => terrarium_compiler::Mode::Eval,
        "single" => terrarium_compiler::Mode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let flags = match flags {
        Some(f) => vm.index_isize(&f, None)?,
        None => 0,
    };
    if flags & 0x400 != 0 {
        return Err(vm.value_error("ast.PyCF_ONLY_AST is not supported by Terrarium yet"));
    }
    compile_source(vm, &text, &filename, mode, flags & 0x1000000 != 0)
}

fn exec_or_eval(vm: &Vm, a: Args, is_eval: bool) -> PyResult {
    let fname = if is_eval { "eval" } else { "exec" };
    let [source, globals, locals, _closure] = a.bind(
        vm,
        fname,
        ["source", "globals", "locals", "closure"],
        0,
        1,
        3,
    )?;
    let source = source.expect("required");
    let globals = globals.filter(|g| !vm.is_none(g));
    let locals = locals.filter(|l| !vm.is_none(l));
    if let Some(g) = &globals {
        if !g.type_is(&vm.g.dict) && g.downcast::<Dict>().is_none() {
            return Err(vm.type_error(format!(
                "{fname}() globals must be a dict, not {}",
                g.ty().name
            )));
        }
    }
    let (globals, locals) = match (globals, locals) {
        (Some(g), Some(l)) => (g, l),
        (Some(g), None) => (g.clone(), g),
        (None, l) => {
            let g = current_globals(vm);
            let l = match l {
                Some(l) => l,
                None => locals_dict(vm)?,
            };
            (g, l)
        }
    };
    let code = if source.type_is(&vm.g.code) {
        source
    } else {
        let mut text = source_text(vm, &source, fname)?;
        if is_eval {
            text = text.trim_start_matches([' ', '\t']).to_string();
        }
        let mode = if is_eval {
            terrarium_compiler::Mode::Eval
        } else {
            terrarium_compiler::Mode::Exec
        };
        compile_source(vm, &text, "<string>", mode, false)?
    };
    let r = crate::eval::run_code(vm, &code, globals, locals)?;
    Ok(if is_eval { r } else { vm.none() })
}

fn exec_(vm: &Vm, a: Args) -> PyResult {
    exec_or_eval(vm, a, false)
}

fn eval_(vm: &Vm, a: Args) -> PyResult {
    exec_or_eval(vm, a, true)
}

fn format_(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "format", 0, 1, 2)?;
    let spec = pos
        .get(1)
        .cloned()
        .unwrap_or_else(|| vm.g.empty_str.clone());
    if spec.downcast::<Str>().is_none() {
        return Err(vm.type_error(format!(
            "format() argument 2 must be str, not {}",
            spec.ty().name
        )));
    }
    crate::objects::str_methods::format_object(vm, &pos[0], &spec)
}

fn hash_(vm: &Vm, a: Args) -> PyResult {
    let x = one(vm, &a, "hash")?;
    Ok(vm.new_int(vm.hash(&x)?))
}

fn id_(vm: &Vm, a: Args) -> PyResult {
    let x = one(vm, &a, "id")?;
    Ok(vm.new_int(x.id() as i64))
}

fn input(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "input", 0, 0, 1)?;
    let stdout = crate::modules::sys::get(vm, "stdout")?;
    if let Some(p) = pos.first() {
        let s = vm.str(p)?;
        vm.call_method(&stdout, "write", &[s])?;
    }
    vm.call_method(&stdout, "flush", &[])?;
    let stdin = crate::modules::sys::get(vm, "stdin")?;
    let line = vm.call_method(&stdin, "readline", &[])?;
    let s = vm.str_string(&line)?;
    if s.is_empty() {
        return Err(vm.new_exc_args(
            &vm.g.exc("EOFError").clone(),
            vec![vm.new_str("EOF when reading a line")],
        ));
    }
    Ok(vm.new_str(s.strip_suffix('\n').unwrap_or(&s)))
}

fn isinstance(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "isinstance", 0, 2, 2)?;
    Ok(vm.bool(vm.isinstance(&pos[0], &pos[1])?))
}

fn issubclass(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "issubclass", 0, 2, 2)?;
    Ok(vm.bool(vm.issubclass(&pos[0], &pos[1])?))
}

fn iter_(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "iter", 0, 1, 2)?;
    if pos.len() == 2 {
        if !vm.is_callable(&pos[0]) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(crate::objects::iterators::new_callable_iter(
            vm,
            pos[0].clone(),
            pos[1].clone(),
        ));
    }
    vm.iter(&pos[0])
}

fn next_(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "next", 0, 1, 2)?;
    if lookup(pos[0].type_obj_ref(), "__next__").is_none() {
        return Err(vm.type_error(format!("'{}' object is not an iterator", pos[0].ty().name)));
    }
    // Without a default the iterator's own StopIteration (and its value)
    // propagates.
    let Some(default) = pos.get(1) else {
        let f = lookup(pos[0].type_obj_ref(), "__next__").expect("checked above");
        return vm.call_descr(&f, &pos[0], &[]);
    };
    Ok(vm.next(&pos[0])?.unwrap_or_else(|| default.clone()))
}

fn aiter_(vm: &Vm, a: Args) -> PyResult {
    let x = one(vm, &a, "aiter")?;
    match lookup(x.type_obj_ref(), "__aiter__") {
        Some(f) => vm.call_descr(&f, &x, &[]),
        None => Err(vm.type_error(format!("'{}' object is not an async iterable", x.ty().name))),
    }
}

fn anext_(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "anext", 0, 1, 2)?;
    let is_aiter = lookup(pos[0].type_obj_ref(), "__anext__").is_some();
    if pos.len() == 2 && is_aiter {
        return Ok(crate::objects::anext_awaitable::new(
            vm,
            pos[0].clone(),
            pos[1].clone(),
        ));
    }
    match lookup(pos[0].type_obj_ref(), "__anext__") {
        Some(f) => vm.call_descr(&f, &pos[0], &[]),
        None => Err(vm.type_error(format!(
            "'{}' object is not an async iterator",
            pos[0].ty().name
        ))),
    }
}

fn len_(vm: &Vm, a: Args) -> PyResult {
    let x = one(vm, &a, "len")?;
    Ok(vm.new_int(vm.len(&x)? as i64))
}

fn min_max(vm: &Vm, a: Args, is_max: bool) -> PyResult {
    let fname = if is_max { "max" } else { "min" };
    let pos = a.positional();
    let mut key = None;
    let mut default = None;
    for (k, v) in a.keywords() {
        match k {
            "key" => key = Some(v.clone()).filter(|f| !vm.is_none(f)),
            "default" => default = Some(v.clone()),
            _ => {
                return Err(vm.type_error(format!(
                    "{fname}() got an unexpected keyword argument '{k}'"
                )));
            }
        }
    }
    let items = match pos.len() {
        0 => return Err(vm.type_error(format!("{fname} expected at least 1 argument, got 0"))),
        1 => vm.to_vec(&pos[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {fname}() with multiple positional arguments"
                )));
            }
            pos.to_vec()
        }
    };
    let op = if is_max { CmpOp::Gt } else { CmpOp::Lt };
    let mut best: Option<(PyRef, PyRef)> = None;
    for x in items {
        let k = match &key {
            Some(f) => vm.call1(f, x.clone())?,
            None => x.clone(),
        };
        best = match best {
            None => Some((k, x)),
            Some((bk, bx)) => {
                if vm.compare_bool(&k, &bk, op)? {
                    Some((k, x))
                } else {
                    Some((bk, bx))
                }
            }
        };
    }
    match best {
        Some((_, x)) => Ok(x),
        None => {
            default.ok_or_else(|| vm.value_error(format!("{fname}() arg is an empty sequence")))
        }
    }
}

fn max_(vm: &Vm, a: Args) -> PyResult {
    min_max(vm, a, true)
}

fn min_(vm: &Vm, a: Args) -> PyResult {
    min_max(vm, a, false)
}

fn pow_(vm: &Vm, a: Args) -> PyResult {
    let [base, exp, m] = a.bind(vm, "pow", ["base", "exp", "mod"], 0, 2, 0)?;
    let (base, exp) = (base.expect("required"), exp.expect("required"));
    match m.filter(|m| !vm.is_none(m)) {
        None => vm.binary_op(&base, &exp, terrarium_compiler::bytecode::BinOp::Power),
        Some(m) => match lookup(base.type_obj_ref(), "__pow__") {
            _ if [&base, &exp]
                .iter()
                .any(|x| vm.isinstance_exact_or_sub(x, &vm.g.float)) =>
            {
                Err(vm
                    .type_error("pow() 3rd argument not allowed unless all arguments are integers"))
            }
            _ if [&base, &exp]
                .iter()
                .any(|x| vm.isinstance_exact_or_sub(x, &vm.g.complex)) =>
            {
                Err(vm.value_error("complex modulo"))
            }
            Some(f) => {
                let r = vm.call_descr(&f, &base, &[exp.clone(), m.clone()])?;
                if r.is(&vm.g.not_implemented) {
                    return Err(vm.type_error(format!(
                        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                        base.ty().name,
                        exp.ty().name,
                        m.ty().name
                    )));
                }
                Ok(r)
            }
            None => Err(vm.type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                base.ty().name,
                exp.ty().name,
                m.ty().name
            ))),
        },
    }
}

fn print_(vm: &Vm, a: Args) -> PyResult {
    let mut sep = None;
    let mut end = None;
    let mut file = None;
    let mut flush = false;
    for (k, v) in a.keywords() {
        let v = Some(v.clone()).filter(|x| !vm.is_none(x));
        match k {
            "sep" => sep = v,
            "end" => end = v,
            "file" => file = v,
            "flush" => {
                flush = match v {
                    Some(f) => vm.truthy(&f)?,
                    None => false,
                }
            }
            _ => {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for print()"))
                );
            }
        }
    }
    for (what, v) in [("sep", &sep), ("end", &end)] {
        if let Some(v) = v {
            if v.downcast::<Str>().is_none() {
                return Err(vm.type_error(format!(
                    "{what} must be None or a string, not {}",
                    v.ty().name
                )));
            }
        }
    }
    let file = match file {
        Some(f) => f,
        None => {
            let f = crate::modules::sys::get(vm, "stdout")?;
            if vm.is_none(&f) {
                return Ok(vm.none());
            }
            f
        }
    };
    let write = vm.getattr_str(&file, "write")?;
    let pos = a.positional();
    // Text streams of our own take the whole line at once.
    if file.downcast::<crate::modules::io::TextStream>().is_some() {
        let mut line = String::new();
        for (i, x) in pos.iter().enumerate() {
            if i > 0 {
                line.push_str(sep.as_ref().map(as_str).unwrap_or(" "));
            }
            line.push_str(as_str(&vm.str(x)?));
        }
        line.push_str(end.as_ref().map(as_str).unwrap_or("\n"));
        vm.call1(&write, vm.new_str(line))?;
    } else {
        for (i, x) in pos.iter().enumerate() {
            if i > 0 {
                vm.call1(&write, sep.clone().unwrap_or_else(|| vm.new_str(" ")))?;
            }
            vm.call1(&write, vm.str(x)?)?;
        }
        vm.call1(&write, end.unwrap_or_else(|| vm.new_str("\n")))?;
    }
    if flush {
        vm.call_method(&file, "flush", &[])?;
    }
    Ok(vm.none())
}

fn repr_(vm: &Vm, a: Args) -> PyResult {
    vm.repr(&one(vm, &a, "repr")?)
}

fn round_(vm: &Vm, a: Args) -> PyResult {
    let [number, ndigits] = a.bind(vm, "round", ["number", "ndigits"], 0, 1, 0)?;
    let number = number.expect("required");
    let Some(f) = lookup(number.type_obj_ref(), "__round__") else {
        return Err(vm.type_error(format!(
            "type {} doesn't define __round__ method",
            number.ty().name
        )));
    };
    match ndigits.filter(|n| !vm.is_none(n)) {
        Some(n) => vm.call_descr(&f, &number, &[n]),
        None => vm.call_descr(&f, &number, &[]),
    }
}

fn sorted_(vm: &Vm, a: Args) -> PyResult {
    let pos = a.positional();
    if pos.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", pos.len())));
    }
    let list = vm.new_list(vm.to_vec(&pos[0])?);
    let sort = vm.getattr_str(&list, "sort")?;
    let kwvals: Vec<PyRef> = a.keywords().map(|(_, v)| v.clone()).collect();
    vm.call(&sort, &kwvals, a.kwnames)?;
    Ok(list)
}

fn sum_(vm: &Vm, a: Args) -> PyResult {
    let [iterable, start] = a.bind(vm, "sum", ["iterable", "start"], 0, 1, 1)?;
    let mut acc = start.unwrap_or_else(|| vm.new_int(0));
    if acc.downcast::<Str>().is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if acc.type_is(&vm.g.bytes) {
        return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    if acc.type_is(&vm.g.bytearray) {
        return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"));
    }
    let it = vm.iter(&iterable.expect("required"))?;
    while let Some(x) = vm.next(&it)? {
        acc = vm.binary_op(&acc, &x, terrarium_compiler::bytecode::BinOp::Add)?;
    }
    Ok(acc)
}

fn build_class(vm: &Vm, a: Args) -> PyResult {
    let pos = a.positional();
    if pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = &pos[0];
    if !func.type_is(&vm.g.function) {
        return Err(vm.type_error("__build_class__: func must be a function"));
    }
    let name = &pos[1];
    if name.downcast::<Str>().is_none() {
        return Err(vm.type_error("__build_class__: name is not a string"));
    }
    let orig_bases = pos[2..].to_vec();
    let mut bases = Vec::new();
    let mut changed = false;
    for b in &orig_bases {
        if b.downcast::<TypeData>().is_none() {
            if let Some(mro_entries) = vm.getattr_opt(b, &vm.intern("__mro_entries__"))? {
                let r = vm.call1(&mro_entries, vm.new_tuple(orig_bases.clone()))?;
                if !r.type_is(&vm.g.tuple) {
                    return Err(vm.type_error("__mro_entries__ must return a tuple"));
                }
                bases.extend(vm.to_vec(&r)?);
                changed = true;
                continue;
            }
        }
        bases.push(b.clone());
    }
    let mut meta = None;
    let mut kwnames = Vec::new();
    let mut kwvals = Vec::new();
    for (k, v) in a.keywords() {
        if k == "metaclass" {
            meta = Some(v.clone());
        } else {
            kwnames.push(vm.intern(k));
            kwvals.push(v.clone());
        }
    }
    let is_class = meta
        .as_ref()
        .map(|m| m.downcast::<TypeData>().is_some())
        .unwrap_or(true);
    let meta = match meta {
        Some(m) => m,
        None => bases
            .first()
            .map(|b| b.class())
            .unwrap_or_else(|| vm.g.type_.clone()),
    };
    let meta = if is_class {
        crate::objects::typeobject::calculate_meta(vm, &meta, &bases)?
    } else {
        meta
    };
    let bases_t = vm.new_tuple(bases);
    let ns = match vm.getattr_opt(&meta, &vm.intern("__prepare__"))? {
        Some(p) => {
            let mut args = vec![name.clone(), bases_t.clone()];
            args.extend(kwvals.iter().cloned());
            vm.call(&p, &args, &kwnames)?
        }
        None => vm.new_dict(),
    };
    if lookup(ns.type_obj_ref(), "__getitem__").is_none() {
        return Err(vm.type_error(format!(
            "{}.__prepare__() must return a mapping, not {}",
            if is_class {
                td(&meta).name.clone()
            } else {
                "<metaclass>".into()
            },
            ns.ty().name
        )));
    }
    let f = func
        .downcast::<crate::objects::function::Function>()
        .expect("function");
    let body = crate::eval::new_frame(
        vm,
        f.code.clone(),
        f.globals.clone(),
        Some(ns.clone()),
        f.builtins.clone(),
    );
    {
        let fr = body
            .downcast::<crate::objects::frame::Frame>()
            .expect("frame");
        let code = fr.code();
        // SAFETY: the frame is new and not executing.
        let slots = unsafe { fr.fresh_slots() };
        let nl = code.nlocals();
        for (i, _) in code.cellvars.iter().enumerate() {
            slots[nl + i] = Some(alloc(
                &vm.g.cell,
                crate::objects::function::CellObj::new(None),
            ));
        }
        if let Some(closure) = &f.closure {
            let base = nl + code.cellvars.len();
            for (i, c) in closure
                .downcast::<crate::objects::tuple::Tuple>()
                .expect("tuple")
                .items()
                .iter()
                .enumerate()
            {
                slots[base + i] = Some(c.clone());
            }
        }
    }
    let cell = crate::eval::run_to_completion(vm, body)?;
    if changed {
        vm.setitem(&ns, &vm.intern("__orig_bases__"), vm.new_tuple(orig_bases))?;
    }
    let mut args = vec![name.clone(), bases_t, ns];
    args.extend(kwvals.iter().cloned());
    let cls = vm.call(&meta, &args, &kwnames)?;
    if let Some(c) = cell.downcast::<crate::objects::function::CellObj>() {
        match c.get() {
            Some(v) if v.is(&cls) => {}
            _ if cls.downcast::<TypeData>().is_some() => {
                return Err(vm.type_error(format!(
                    "__class__ set to {} defining {} as {}",
                    c.get()
                        .map(|v| vm.repr_string(&v))
                        .transpose()?
                        .unwrap_or_else(|| "<NULL>".into()),
                    vm.repr_string(name)?,
                    vm.repr_string(&cls)?
                )));
            }
            _ => {}
        }
    }
    Ok(cls)
}

fn import_(vm: &Vm, a: Args) -> PyResult {
    let [name, _globals, _locals, fromlist, level] = a.bind(
        vm,
        "__import__",
        ["name", "globals", "locals", "fromlist", "level"],
        0,
        1,
        0,
    )?;
    let name = name.expect("required");
    if name.downcast::<Str>().is_none() {
        return Err(vm.type_error(format!("module name must be str, not {}", name.ty().name)));
    }
    let level = match level {
        Some(l) => vm.index_isize(&l, None)? as i64,
        None => 0,
    };
    if level < 0 {
        return Err(vm.value_error("level must be >= 0"));
    }
    crate::modules::import_module(
        vm,
        as_str(&name),
        &fromlist.unwrap_or_else(|| vm.none()),
        level,
    )
}

fn breakpoint_(vm: &Vm, a: Args) -> PyResult {
    let hook = crate::modules::sys::get(vm, "breakpointhook")?;
    vm.call(&hook, a.args, a.kwnames)
}

/// `exit` and `quit`: callables that raise SystemExit (CPython's site
/// module installs them; they are part of every interactive session).
fn quitter(vm: &Vm, name: &str, repr: NativeFn) -> PyResult {
    let ns = vm.new_dict();
    let d = ns.downcast::<Dict>().expect("dict");
    let mk = |n: &'static str, f: NativeFn| {
        alloc(
            &vm.g.builtin_function,
            NativeFunction {
                name: n,
                func: f,
                zelf: None,
                module: Some("builtins"),
                doc: None,
                new_of: None,
                arity: None,
                // Python methods in CPython's `_sitebuiltins`: the bodies check.
                sig: signature!(hidden "(*args, **kwargs)"),
            },
        )
    };
    d.set_item(vm, vm.intern("__module__"), vm.new_str("_sitebuiltins"))?;
    d.set_item(vm, vm.intern("__repr__"), mk("__repr__", repr))?;
    d.set_item(
        vm,
        vm.intern("__call__"),
        mk("__call__", |vm, a| {
            let code = a.positional().first().cloned();
            Err(vm.new_exc_args(&vm.g.exc("SystemExit").clone(), code.into_iter().collect()))
        }),
    )?;
    let cls = crate::objects::typeobject::new_class(vm, &vm.g.type_, "Quitter", vec![], d)?;
    let q = vm.call0(&cls)?;
    vm.setattr_str(&q, "name", vm.new_str(name))?;
    Ok(q)
}

fn open_(vm: &Vm, a: Args) -> PyResult {
    crate::modules::io::open(vm, a)
}

pub fn init(vm: &Vm) -> PyResult<()> {
    let m = &vm.builtins;
    let fns: &[(&'static str, &'static Signature, NativeFn)] = &[
        ("abs", signature!("($module, x, /)"), abs_),
        ("all", signature!("($module, iterable, /)"), all_),
        ("any", signature!("($module, iterable, /)"), any_),
        ("ascii", signature!("($module, obj, /)"), ascii),
        ("bin", signature!("($module, number, /)"), bin),
        ("oct", signature!("($module, number, /)"), oct),
        ("hex", signature!("($module, number, /)"), hex),
        ("callable", signature!("($module, obj, /)"), callable),
        ("chr", signature!("($module, i, /)"), chr_),
        ("ord", signature!("($module, c, /)"), ord_),
        ("delattr", signature!("($module, obj, name, /)"), delattr),
        (
            "getattr",
            signature!(hidden "(object, name, default=<unrepresentable>, /)"),
            getattr,
        ),
        ("hasattr", signature!("($module, obj, name, /)"), hasattr),
        (
            "setattr",
            signature!("($module, obj, name, value, /)"),
            setattr,
        ),
        (
            "dir",
            signature!(hidden "(object=<unrepresentable>, /)"),
            dir_,
        ),
        ("divmod", signature!("($module, x, y, /)"), divmod),
        ("globals", signature!("($module, /)"), globals_),
        ("locals", signature!("($module, /)"), locals_),
        (
            "vars",
            signature!(hidden "(object=<unrepresentable>, /)"),
            vars_,
        ),
        (
            "compile",
            signature!(
                "($module, /, source, filename, mode, flags=0,
        dont_inherit=False, optimize=-1, *, _feature_version=-1)"
            ),
            compile_,
        ),
        (
            "exec",
            signature!("($module, source, globals=None, locals=None, /, *, closure=None)"),
            exec_,
        ),
        (
            "eval",
            signature!("($module, source, globals=None, locals=None, /)"),
            eval_,
        ),
        (
            "format",
            signature!("($module, value, format_spec='', /)"),
            format_,
        ),
        ("hash", signature!("($module, obj, /)"), hash_),
        ("id", signature!("($module, obj, /)"), id_),
        ("input", signature!("($module, prompt='', /)"), input),
        (
            "isinstance",
            signature!("($module, obj, class_or_tuple, /)"),
            isinstance,
        ),
        (
            "issubclass",
            signature!("($module, cls, class_or_tuple, /)"),
            issubclass,
        ),
        (
            "iter",
            signature!(hidden "(object, sentinel=<unrepresentable>, /)"),
            iter_,
        ),
        (
            "next",
            signature!(hidden "(iterator, default=<unrepresentable>, /)"),
            next_,
        ),
        ("aiter", signature!("($module, async_iterable, /)"), aiter_),
        (
            "anext",
            signature!("($module, aiterator, default=<unrepresentable>, /)"),
            anext_,
        ),
        ("len", signature!("($module, obj, /)"), len_),
        (
            "max",
            signature!(hidden "(*args, key=None, default=<unrepresentable>)"),
            max_,
        ),
        (
            "min",
            signature!(hidden "(*args, key=None, default=<unrepresentable>)"),
            min_,
        ),
        ("pow", signature!("($module, /, base, exp, mod=None)"), pow_),
        (
            "print",
            signature!(r#"($module, /, *args, sep=' ', end='\n', file=None, flush=False)"#),
            print_,
        ),
        ("repr", signature!("($module, obj, /)"), repr_),
        (
            "round",
            signature!("($module, /, number, ndigits=None)"),
            round_,
        ),
        // CPython's `sorted` counts its positional arguments by hand, with
        // `sorted expected 1 argument`, and lets `list.sort` check the keywords:
        // the body does the same.
        (
            "sorted",
            signature!(unchecked "($module, iterable, /, *, key=None, reverse=False)"),
            sorted_,
        ),
        ("sum", signature!("($module, iterable, /, start=0)"), sum_),
        (
            "__build_class__",
            signature!(hidden "(*args, **kwargs)"),
            build_class,
        ),
        (
            "__import__",
            signature!(
                "($module, /, name, globals=None, locals=None, fromlist=(),
           level=0)"
            ),
            import_,
        ),
        (
            "breakpoint",
            signature!(hidden "(*args, **kws)"),
            breakpoint_,
        ),
        (
            "open",
            signature!(
                "($module, /, file, mode='r', buffering=-1, encoding=None,
     errors=None, newline=None, closefd=True, opener=None)"
            ),
            open_,
        ),
    ];
    add_functions(vm, m, "builtins", fns)?;
    let g = vm.g;
    let types: &[(&str, &PyRef)] = &[
        ("object", &g.object),
        ("type", &g.type_),
        ("int", &g.int),
        ("bool", &g.bool_),
        ("float", &g.float),
        ("complex", &g.complex),
        ("str", &g.str_),
        ("bytes", &g.bytes),
        ("bytearray", &g.bytearray),
        ("memoryview", &g.memoryview),
        ("list", &g.list),
        ("tuple", &g.tuple),
        ("dict", &g.dict),
        ("set", &g.set),
        ("frozenset", &g.frozenset),
        ("range", &g.range),
        ("slice", &g.slice),
        ("classmethod", &g.classmethod),
        ("staticmethod", &g.staticmethod),
        ("property", &g.property),
        ("super", &g.super_),
    ];
    for (n, t) in types {
        vm.setattr_str(m, n, (*t).clone())?;
    }
    for n in crate::objects::iterators::BUILTIN_ITERATOR_CLASSES {
        vm.setattr_str(m, n, g.iter_type(n).clone())?;
    }
    for n in &g.exception_order {
        vm.setattr_str(m, n, g.exc(n).clone())?;
    }
    for alias in ["EnvironmentError", "IOError"] {
        vm.setattr_str(m, alias, g.exc("OSError").clone())?;
    }
    vm.setattr_str(m, "None", vm.none())?;
    vm.setattr_str(m, "True", vm.bool(true))?;
    vm.setattr_str(m, "False", vm.bool(false))?;
    vm.setattr_str(m, "Ellipsis", g.ellipsis.clone())?;
    vm.setattr_str(m, "NotImplemented", g.not_implemented.clone())?;
    vm.setattr_str(m, "__debug__", vm.bool(vm.config.optimize == 0))?;
    let exit = quitter(vm, "exit", |vm, _a| {
        Ok(vm.new_str("Use exit() or Ctrl-D (i.e. EOF) to exit"))
    })?;
    vm.setattr_str(m, "exit", exit)?;
    let quit = quitter(vm, "quit", |vm, _a| {
        Ok(vm.new_str("Use quit() or Ctrl-D (i.e. EOF) to exit"))
    })?;
    vm.setattr_str(m, "quit", quit)?;
    Ok(())
}

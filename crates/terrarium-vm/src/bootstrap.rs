//! Builds the process-wide builtin types and singletons (see `globals.rs`).

use std::collections::HashMap;

use crate::globals::{Globals, SMALL_INT_MAX, SMALL_INT_MIN};
use crate::object::{Layout, Obj, Payload, PyRef, alloc_immortal};
use crate::objects;
use crate::objects::dict::Dict;
use crate::typeobj::{TypeData, TypeSpec, flags};

/// Builtin type dicts are created before the `dict` type exists; their type
/// pointer is patched once it does.
struct Boot {
    type_type: *const Obj<TypeData>,
    early_dicts: Vec<PyRef>,
    /// Every type made, to be frozen once built.
    types: Vec<PyRef>,
}

impl Boot {
    fn new_type<T: Payload>(&mut self, name: &str, bases: &[&PyRef], extra_flags: u64) -> PyRef {
        self.new_type_ext::<T>(name, bases, extra_flags, &[], false)
    }

    /// A builtin type whose instances also carry `slots` (struct sequences
    /// keep their fields beyond the tuple part there) and, with `dict`, an
    /// instance dict (the I/O classes have one, as in CPython).
    fn new_type_ext<T: Payload>(
        &mut self,
        name: &str,
        bases: &[&PyRef],
        extra_flags: u64,
        slots: &[&str],
        has_dict: bool,
    ) -> PyRef {
        let dict = alloc_immortal(std::ptr::null(), Dict::new());
        self.early_dicts.push(dict.clone());
        let qual = name.rsplit('.').next().unwrap_or(name).to_string();
        let spec = TypeSpec {
            name: name.to_string(),
            qualname: qual,
            dict,
            layout: Layout::of::<T>(),
            instances_extended: has_dict || !slots.is_empty(),
            instance_has_dict: has_dict,
            slot_names: slots.iter().map(|s| s.to_string()).collect(),
            flags: extra_flags,
            builtin: true,
        };
        let ty = alloc_immortal(self.type_type, TypeData::new(spec));
        // SAFETY: just allocated with a TypeData payload (its type pointer
        // is still null while `type` itself is being made).
        let td = unsafe { ty.payload_unchecked::<TypeData>() };
        let bases: Vec<PyRef> = bases.iter().map(|b| (*b).clone()).collect();
        let mro = if bases.is_empty() {
            vec![ty.clone()]
        } else {
            objects::typeobject::c3_mro(&ty, &bases).expect("builtin hierarchy is consistent")
        };
        let base = bases.first().cloned();
        let inherited = base
            .as_ref()
            .map(|b| b.downcast::<TypeData>().expect("type").flags() & SUBCLASS_FLAGS)
            .unwrap_or(0);
        td.set_flags(td.flags() | inherited);
        td.set_hierarchy(base, bases, mro);
        self.types.push(ty.clone());
        ty
    }
}

const SUBCLASS_FLAGS: u64 = flags::LONG_SUBCLASS
    | flags::LIST_SUBCLASS
    | flags::TUPLE_SUBCLASS
    | flags::BYTES_SUBCLASS
    | flags::UNICODE_SUBCLASS
    | flags::DICT_SUBCLASS
    | flags::BASE_EXC_SUBCLASS
    | flags::TYPE_SUBCLASS;

const EXCEPTIONS: &[(&str, &[&str])] = &[
    ("BaseException", &[]),
    ("BaseExceptionGroup", &["BaseException"]),
    ("GeneratorExit", &["BaseException"]),
    ("KeyboardInterrupt", &["BaseException"]),
    ("SystemExit", &["BaseException"]),
    ("Exception", &["BaseException"]),
    ("ArithmeticError", &["Exception"]),
    ("FloatingPointError", &["ArithmeticError"]),
    ("OverflowError", &["ArithmeticError"]),
    ("ZeroDivisionError", &["ArithmeticError"]),
    ("AssertionError", &["Exception"]),
    ("AttributeError", &["Exception"]),
    ("BufferError", &["Exception"]),
    ("EOFError", &["Exception"]),
    ("ExceptionGroup", &["BaseExceptionGroup", "Exception"]),
    ("ImportError", &["Exception"]),
    ("ModuleNotFoundError", &["ImportError"]),
    ("LookupError", &["Exception"]),
    ("IndexError", &["LookupError"]),
    ("KeyError", &["LookupError"]),
    ("MemoryError", &["Exception"]),
    ("NameError", &["Exception"]),
    ("UnboundLocalError", &["NameError"]),
    ("OSError", &["Exception"]),
    ("BlockingIOError", &["OSError"]),
    ("ChildProcessError", &["OSError"]),
    ("ConnectionError", &["OSError"]),
    ("BrokenPipeError", &["ConnectionError"]),
    ("ConnectionAbortedError", &["ConnectionError"]),
    ("ConnectionRefusedError", &["ConnectionError"]),
    ("ConnectionResetError", &["ConnectionError"]),
    ("FileExistsError", &["OSError"]),
    ("FileNotFoundError", &["OSError"]),
    ("InterruptedError", &["OSError"]),
    ("IsADirectoryError", &["OSError"]),
    ("NotADirectoryError", &["OSError"]),
    ("PermissionError", &["OSError"]),
    ("ProcessLookupError", &["OSError"]),
    ("TimeoutError", &["OSError"]),
    ("ReferenceError", &["Exception"]),
    ("RuntimeError", &["Exception"]),
    ("NotImplementedError", &["RuntimeError"]),
    ("RecursionError", &["RuntimeError"]),
    ("StopAsyncIteration", &["Exception"]),
    ("StopIteration", &["Exception"]),
    ("SyntaxError", &["Exception"]),
    ("IndentationError", &["SyntaxError"]),
    ("TabError", &["IndentationError"]),
    ("SystemError", &["Exception"]),
    ("TypeError", &["Exception"]),
    ("ValueError", &["Exception"]),
    ("UnicodeError", &["ValueError"]),
    ("UnicodeDecodeError", &["UnicodeError"]),
    ("UnicodeEncodeError", &["UnicodeError"]),
    ("UnicodeTranslateError", &["UnicodeError"]),
    ("Warning", &["Exception"]),
    ("BytesWarning", &["Warning"]),
    ("DeprecationWarning", &["Warning"]),
    ("EncodingWarning", &["Warning"]),
    ("FutureWarning", &["Warning"]),
    ("ImportWarning", &["Warning"]),
    ("PendingDeprecationWarning", &["Warning"]),
    ("ResourceWarning", &["Warning"]),
    ("RuntimeWarning", &["Warning"]),
    ("SyntaxWarning", &["Warning"]),
    ("UnicodeWarning", &["Warning"]),
    ("UserWarning", &["Warning"]),
];

/// Builds the shared types and singletons in the immortal heap, so that
/// everything allocated meanwhile is immortal, then freezes the types'
/// dicts (`object/mod.rs`, invariants 2 and 3).
pub fn build_globals() -> Globals {
    // Measured once, before any program runs (it also sets the formatting
    // crate's ceiling).
    crate::memory::request_ceiling();
    let heap = crate::object::heap::Heap::immortal();
    let _current = heap.enter();
    let (g, types) = build();
    for t in &types {
        let td = t.downcast::<TypeData>().expect("type");
        td.dict.downcast::<Dict>().expect("type dict").freeze();
        td.freeze();
    }
    g
}

fn build() -> (Globals, Vec<PyRef>) {
    use objects::*;
    let mut boot = Boot {
        type_type: std::ptr::null(),
        early_dicts: Vec::new(),
        types: Vec::new(),
    };

    // `type` is its own type: allocate it, then point its header at itself.
    let type_ = boot.new_type::<TypeData>("type", &[], flags::BASETYPE | flags::TYPE_SUBCLASS);
    type_
        .header()
        .ob_type
        .set(type_.as_ptr() as *const Obj<TypeData>);
    boot.type_type = type_.as_ptr() as *const Obj<TypeData>;
    let object = boot.new_type::<()>("object", &[], flags::BASETYPE);
    let type_mro = vec![type_.clone(), object.clone()];
    let td = type_.downcast::<TypeData>().expect("type");
    drop(td.set_hierarchy(Some(object.clone()), vec![object.clone()], type_mro));

    let b = &mut boot;
    let int = b.new_type::<int::Int>("int", &[&object], flags::BASETYPE | flags::LONG_SUBCLASS);
    let bool_ = b.new_type::<int::Int>("bool", &[&int], 0);
    let float = b.new_type::<float::Float>("float", &[&object], flags::BASETYPE);
    let complex = b.new_type::<complex::Complex>("complex", &[&object], flags::BASETYPE);
    let str_ = b.new_type::<str::Str>("str", &[&object], flags::BASETYPE | flags::UNICODE_SUBCLASS);
    let bytes_ =
        b.new_type::<bytes::Bytes>("bytes", &[&object], flags::BASETYPE | flags::BYTES_SUBCLASS);
    let bytearray = b.new_type::<bytes::ByteArray>("bytearray", &[&object], flags::BASETYPE);
    let list_ = b.new_type::<list::List>(
        "list",
        &[&object],
        flags::BASETYPE | flags::LIST_SUBCLASS | flags::SEQUENCE,
    );
    let tuple_ = b.new_type::<tuple::Tuple>(
        "tuple",
        &[&object],
        flags::BASETYPE | flags::TUPLE_SUBCLASS | flags::SEQUENCE,
    );
    let dict_ = b.new_type::<Dict>(
        "dict",
        &[&object],
        flags::BASETYPE | flags::DICT_SUBCLASS | flags::MAPPING,
    );
    let set_ = b.new_type::<set::Set>("set", &[&object], flags::BASETYPE);
    let frozenset = b.new_type::<set::Set>("frozenset", &[&object], flags::BASETYPE);
    let range_ = b.new_type::<range::Range>("range", &[&object], flags::SEQUENCE);
    let slice_ = b.new_type::<slice::Slice>("slice", &[&object], 0);
    let none_type = b.new_type::<()>("NoneType", &[&object], 0);
    let notimpl_type = b.new_type::<()>("NotImplementedType", &[&object], 0);
    let ellipsis_type = b.new_type::<()>("ellipsis", &[&object], 0);
    let null_type = b.new_type::<()>("NULL", &[&object], 0);
    let function = b.new_type::<function::Function>("function", &[&object], 0);
    let builtin_function =
        b.new_type::<native::NativeFunction>("builtin_function_or_method", &[&object], 0);
    let method_descriptor = b.new_type::<native::MethodDescr>("method_descriptor", &[&object], 0);
    let classmethod_descriptor =
        b.new_type::<native::MethodDescr>("classmethod_descriptor", &[&object], 0);
    let getset_descriptor = b.new_type::<native::GetSetDescr>("getset_descriptor", &[&object], 0);
    let member_descriptor = b.new_type::<native::MemberDescr>("member_descriptor", &[&object], 0);
    let method = b.new_type::<function::BoundMethod>("method", &[&object], 0);
    let classmethod =
        b.new_type::<function::ClassMethod>("classmethod", &[&object], flags::BASETYPE);
    let staticmethod =
        b.new_type::<function::ClassMethod>("staticmethod", &[&object], flags::BASETYPE);
    let property = b.new_type::<function::Property>("property", &[&object], flags::BASETYPE);
    let code = b.new_type::<code::Code>("code", &[&object], 0);
    let frame = b.new_type::<frame::Frame>("frame", &[&object], 0);
    let traceback = b.new_type::<exceptions::Traceback>("traceback", &[&object], 0);
    let cell = b.new_type::<function::CellObj>("cell", &[&object], 0);
    let module = b.new_type::<module::Module>("module", &[&object], flags::BASETYPE);
    let generator = b.new_type::<generator::Generator>("generator", &[&object], 0);
    let coroutine = b.new_type::<generator::Generator>("coroutine", &[&object], 0);
    let async_generator = b.new_type::<generator::Generator>("async_generator", &[&object], 0);
    let coroutine_wrapper =
        b.new_type::<generator::CoroWrapper>("coroutine_wrapper", &[&object], 0);
    let async_gen_asend =
        b.new_type::<generator::AsyncGenStep>("async_generator_asend", &[&object], 0);
    let super_ = b.new_type::<typeobject::Super>("super", &[&object], flags::BASETYPE);
    let mappingproxy =
        b.new_type::<typeobject::MappingProxy>("mappingproxy", &[&object], flags::MAPPING);
    let memoryview = b.new_type::<bytes::MemoryView>("memoryview", &[&object], flags::SEQUENCE);
    let weakref =
        b.new_type::<weakref::WeakRef>("weakref.ReferenceType", &[&object], flags::BASETYPE);
    let generic_alias = b.new_type::<generic_alias::GenericAlias>(
        "types.GenericAlias",
        &[&object],
        flags::BASETYPE,
    );
    let union_type = b.new_type::<generic_alias::Union>("types.UnionType", &[&object], 0);
    let anext_awaitable =
        b.new_type::<anext_awaitable::AnextAwaitable>("anext_awaitable", &[&object], 0);

    let mut iterators = HashMap::new();
    for name in iterators::ITERATOR_TYPES {
        let t = b.new_type::<iterators::Iter>(name, &[&object], 0);
        iterators.insert(*name, t);
    }
    for name in iterators::BUILTIN_ITERATOR_CLASSES {
        let t = b.new_type::<iterators::Iter>(name, &[&object], flags::BASETYPE);
        iterators.insert(*name, t);
    }

    let mut exceptions: HashMap<&'static str, PyRef> = HashMap::new();
    let mut exception_order = Vec::new();
    for (name, base_names) in EXCEPTIONS {
        let bases: Vec<PyRef> = if base_names.is_empty() {
            vec![object.clone()]
        } else {
            base_names.iter().map(|n| exceptions[n].clone()).collect()
        };
        let base_refs: Vec<&PyRef> = bases.iter().collect();
        let t = b.new_type::<exceptions::BaseExc>(
            name,
            &base_refs,
            flags::BASETYPE | flags::BASE_EXC_SUBCLASS,
        );
        exceptions.insert(*name, t);
        exception_order.push(*name);
    }

    let (text_stream, io) = {
        use crate::modules::io;
        let base = flags::BASETYPE;
        let iobase = b.new_type_ext::<()>("_io._IOBase", &[&object], base, &[], true);
        let raw_iobase = b.new_type_ext::<()>("_io._RawIOBase", &[&iobase], base, &[], true);
        let buffered_iobase =
            b.new_type_ext::<()>("_io._BufferedIOBase", &[&iobase], base, &[], true);
        let text_iobase = b.new_type_ext::<()>("_io._TextIOBase", &[&iobase], base, &[], true);
        let text_stream =
            b.new_type_ext::<io::TextStream>("_io.TextIOWrapper", &[&text_iobase], base, &[], true);
        let buffered = |b: &mut Boot, name: &str| {
            b.new_type_ext::<io::Buffered>(name, &[&buffered_iobase], base, &[], true)
        };
        let types = crate::globals::IoTypes {
            file_io: b.new_type_ext::<io::FileIO>("_io.FileIO", &[&raw_iobase], base, &[], true),
            bytes_io: b.new_type_ext::<io::BytesIO>(
                "_io.BytesIO",
                &[&buffered_iobase],
                base,
                &[],
                true,
            ),
            string_io: b.new_type_ext::<io::StringIO>(
                "_io.StringIO",
                &[&text_iobase],
                base,
                &[],
                true,
            ),
            buffered_reader: buffered(b, "_io.BufferedReader"),
            buffered_writer: buffered(b, "_io.BufferedWriter"),
            buffered_random: buffered(b, "_io.BufferedRandom"),
            buffered_rwpair: b.new_type_ext::<io::RWPair>(
                "_io.BufferedRWPair",
                &[&buffered_iobase],
                base,
                &[],
                true,
            ),
            newline_decoder: b.new_type::<io::NewlineDecoder>(
                "_io.IncrementalNewlineDecoder",
                &[&object],
                base,
            ),
            unsupported: b.new_type::<exceptions::BaseExc>(
                "io.UnsupportedOperation",
                &[&exceptions["OSError"], &exceptions["ValueError"]],
                base | flags::BASE_EXC_SUBCLASS,
            ),
            iobase,
            raw_iobase,
            buffered_iobase,
            text_iobase,
        };
        (text_stream, types)
    };
    let posix = {
        use crate::modules::posix;
        crate::globals::PosixTypes {
            stat_result: b.new_type_ext::<tuple::Tuple>(
                "os.stat_result",
                &[&tuple_],
                0,
                posix::STAT_EXTRA_FIELDS,
                false,
            ),
            terminal_size: b.new_type::<tuple::Tuple>("os.terminal_size", &[&tuple_], 0),
            uname_result: b.new_type::<tuple::Tuple>("posix.uname_result", &[&tuple_], 0),
            dir_entry: b.new_type::<posix::DirEntryObj>("posix.DirEntry", &[&object], 0),
            scandir_iterator: b.new_type::<posix::ScandirIter>(
                "posix.ScandirIterator",
                &[&object],
                0,
            ),
        }
    };

    // Now that `dict` exists, give the early dicts their type.
    for d in &boot.early_dicts {
        d.header()
            .ob_type
            .set(dict_.as_ptr() as *const Obj<TypeData>);
    }

    let none = alloc_immortal(none_type.as_ptr() as *const Obj<TypeData>, ());
    let not_implemented = alloc_immortal(notimpl_type.as_ptr() as *const Obj<TypeData>, ());
    let ellipsis = alloc_immortal(ellipsis_type.as_ptr() as *const Obj<TypeData>, ());
    let null = alloc_immortal(null_type.as_ptr() as *const Obj<TypeData>, ());
    let true_ = alloc_immortal(
        bool_.as_ptr() as *const Obj<TypeData>,
        int::Int::from_i64(1),
    );
    let false_ = alloc_immortal(
        bool_.as_ptr() as *const Obj<TypeData>,
        int::Int::from_i64(0),
    );
    let small_ints = (SMALL_INT_MIN..=SMALL_INT_MAX)
        .map(|i| alloc_immortal(int.as_ptr() as *const Obj<TypeData>, int::Int::from_i64(i)))
        .collect();
    let empty_tuple = alloc_immortal(
        tuple_.as_ptr() as *const Obj<TypeData>,
        tuple::Tuple::new(Vec::new()),
    );
    let empty_str = alloc_immortal(
        str_.as_ptr() as *const Obj<TypeData>,
        str::Str::with_hash("", 0),
    );

    let g = Globals {
        type_,
        object,
        none_type,
        notimpl_type,
        ellipsis_type,
        null_type,
        int,
        bool_,
        float,
        complex,
        str_,
        bytes: bytes_,
        bytearray,
        list: list_,
        tuple: tuple_,
        dict: dict_,
        set: set_,
        frozenset,
        range: range_,
        slice: slice_,
        function,
        builtin_function,
        method_descriptor,
        classmethod_descriptor,
        getset_descriptor,
        member_descriptor,
        method,
        classmethod,
        staticmethod,
        property,
        code,
        frame,
        traceback,
        cell,
        module,
        generator,
        coroutine,
        async_generator,
        coroutine_wrapper,
        async_gen_asend,
        super_,
        mappingproxy,
        memoryview,
        weakref,
        generic_alias,
        union_type,
        anext_awaitable,
        text_stream,
        io,
        posix,
        iterators,
        exceptions,
        exception_order,
        none,
        true_,
        false_,
        ellipsis,
        not_implemented,
        null,
        small_ints,
        empty_tuple,
        empty_str,
    };
    objects::fill_builtin_types(&g);
    (g, boot.types)
}

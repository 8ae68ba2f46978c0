//! What all contexts of the process share: the builtin types and the
//! immortal singletons. Built once, then never written (see `object/mod.rs`).

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::object::PyRef;

pub struct Globals {
    pub type_: PyRef,
    pub object: PyRef,
    pub none_type: PyRef,
    pub notimpl_type: PyRef,
    pub ellipsis_type: PyRef,
    pub null_type: PyRef,
    pub int: PyRef,
    pub bool_: PyRef,
    pub float: PyRef,
    pub complex: PyRef,
    pub str_: PyRef,
    pub bytes: PyRef,
    pub bytearray: PyRef,
    pub list: PyRef,
    pub tuple: PyRef,
    pub dict: PyRef,
    pub set: PyRef,
    pub frozenset: PyRef,
    pub range: PyRef,
    pub slice: PyRef,
    pub function: PyRef,
    pub builtin_function: PyRef,
    pub method_descriptor: PyRef,
    pub classmethod_descriptor: PyRef,
    pub getset_descriptor: PyRef,
    pub member_descriptor: PyRef,
    pub method: PyRef,
    pub classmethod: PyRef,
    pub staticmethod: PyRef,
    pub property: PyRef,
    pub code: PyRef,
    pub frame: PyRef,
    pub traceback: PyRef,
    pub cell: PyRef,
    pub module: PyRef,
    pub generator: PyRef,
    pub coroutine: PyRef,
    pub async_generator: PyRef,
    pub coroutine_wrapper: PyRef,
    pub async_gen_asend: PyRef,
    pub super_: PyRef,
    pub mappingproxy: PyRef,
    pub memoryview: PyRef,
    /// `weakref.ReferenceType`.
    pub weakref: PyRef,
    /// `types.GenericAlias`.
    pub generic_alias: PyRef,
    /// `types.UnionType`.
    pub union_type: PyRef,
    /// What `anext(aiterator, default)` returns.
    pub anext_awaitable: PyRef,
    /// `_io.TextIOWrapper`.
    pub text_stream: PyRef,
    pub io: IoTypes,
    pub posix: PosixTypes,
    pub iterators: HashMap<&'static str, PyRef>,
    pub exceptions: HashMap<&'static str, PyRef>,
    /// Exception types in definition order, for the builtins module.
    pub exception_order: Vec<&'static str>,
    pub none: PyRef,
    pub true_: PyRef,
    pub false_: PyRef,
    pub ellipsis: PyRef,
    pub not_implemented: PyRef,
    /// The NULL marker of the value stack (LoadMethod / PushNull).
    pub null: PyRef,
    pub small_ints: Vec<PyRef>,
    pub empty_tuple: PyRef,
    pub empty_str: PyRef,
}

/// The classes of the `_io` module (`_io.TextIOWrapper` is
/// [`Globals::text_stream`]).
pub struct IoTypes {
    pub iobase: PyRef,
    pub raw_iobase: PyRef,
    pub buffered_iobase: PyRef,
    pub text_iobase: PyRef,
    pub file_io: PyRef,
    pub bytes_io: PyRef,
    pub string_io: PyRef,
    pub buffered_reader: PyRef,
    pub buffered_writer: PyRef,
    pub buffered_random: PyRef,
    pub buffered_rwpair: PyRef,
    pub newline_decoder: PyRef,
    /// `io.UnsupportedOperation`, a subclass of `OSError` and `ValueError`.
    pub unsupported: PyRef,
}

/// The classes of the `posix` module.
pub struct PosixTypes {
    pub stat_result: PyRef,
    pub terminal_size: PyRef,
    pub uname_result: PyRef,
    pub dir_entry: PyRef,
    pub scandir_iterator: PyRef,
}

pub const SMALL_INT_MIN: i64 = -5;
pub const SMALL_INT_MAX: i64 = 256;

struct Shared(Globals);
// SAFETY: everything in `Globals` is immortal and never written after
// `init` returns (object/mod.rs invariant 2), so sharing it is a read-only
// affair.
unsafe impl Sync for Shared {}
unsafe impl Send for Shared {}

static GLOBALS: OnceLock<Shared> = OnceLock::new();

pub fn globals() -> &'static Globals {
    &GLOBALS
        .get_or_init(|| Shared(crate::bootstrap::build_globals()))
        .0
}

impl Globals {
    pub fn exc(&self, name: &str) -> &PyRef {
        self.exceptions
            .get(name)
            .unwrap_or_else(|| panic!("no builtin exception {name}"))
    }

    pub fn iter_type(&self, name: &str) -> &PyRef {
        self.iterators
            .get(name)
            .unwrap_or_else(|| panic!("no builtin iterator {name}"))
    }

    pub fn bool(&self, b: bool) -> PyRef {
        if b {
            self.true_.clone()
        } else {
            self.false_.clone()
        }
    }
}

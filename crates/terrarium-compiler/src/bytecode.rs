//! Terrarium's bytecode: a stack machine close to CPython 3.11's, with
//! zero-cost exception handling through an exception table.
//!
//! Instructions are a Rust enum of eight bytes; jump targets are absolute
//! instruction indices. The code object produced here is plain data: the VM
//! turns its constants into objects when it loads it.

use num_bigint::BigInt;

/// Binary operators, in CPython's `NB_*` order (in-place forms add 13).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum BinOp {
    Add,
    And,
    FloorDivide,
    Lshift,
    MatrixMultiply,
    Multiply,
    Remainder,
    Or,
    Power,
    Rshift,
    Subtract,
    TrueDivide,
    Xor,
}

impl BinOp {
    pub const ALL: [BinOp; 13] = [
        BinOp::Add,
        BinOp::And,
        BinOp::FloorDivide,
        BinOp::Lshift,
        BinOp::MatrixMultiply,
        BinOp::Multiply,
        BinOp::Remainder,
        BinOp::Or,
        BinOp::Power,
        BinOp::Rshift,
        BinOp::Subtract,
        BinOp::TrueDivide,
        BinOp::Xor,
    ];

    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::And => "&",
            BinOp::FloorDivide => "//",
            BinOp::Lshift => "<<",
            BinOp::MatrixMultiply => "@",
            BinOp::Multiply => "*",
            BinOp::Remainder => "%",
            BinOp::Or => "|",
            BinOp::Power => "**",
            BinOp::Rshift => ">>",
            BinOp::Subtract => "-",
            BinOp::TrueDivide => "/",
            BinOp::Xor => "^",
        }
    }

    /// The dunder names: (`__add__`, `__radd__`, `__iadd__`).
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::FloorDivide => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Lshift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::MatrixMultiply => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinOp::Multiply => ("__mul__", "__rmul__", "__imul__"),
            BinOp::Remainder => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Power => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::Rshift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::Subtract => ("__sub__", "__rsub__", "__isub__"),
            BinOp::TrueDivide => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn dunder(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum UnaryOp {
    Negative,
    Positive,
    Invert,
    Not,
}

/// How `FormatValue` converts before formatting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Conversion {
    None,
    Str,
    Repr,
    Ascii,
}

/// Bits of `MakeFunction`'s argument: which optional parts are on the stack.
pub mod make_function {
    pub const DEFAULTS: u32 = 1;
    pub const KWDEFAULTS: u32 = 2;
    pub const ANNOTATIONS: u32 = 4;
    pub const CLOSURE: u32 = 8;
}

/// Code flags, with CPython's values (`co_flags`).
pub mod code_flags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const NOFREE: u32 = 0x40;
    pub const COROUTINE: u32 = 0x80;
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    pub const ASYNC_GENERATOR: u32 = 0x200;
    pub const FUTURE_ANNOTATIONS: u32 = 0x1000000;
}

/// One instruction. `u32` arguments index the code object's tables
/// (constants, names, locals, cells) or are jump targets.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Instr {
    Nop,
    // stack manipulation
    Pop,
    /// Push a copy of the n-th item (1 = top).
    Copy(u32),
    /// Swap top with the n-th item (2 = second).
    Swap(u32),
    PushNull,
    // loads and stores
    LoadConst(u32),
    LoadFast(u32),
    /// Like LoadFast, but the compiler proved the variable is bound.
    LoadFastChecked(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// Index into cells then free variables.
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    LoadClosure(u32),
    /// Class bodies: locals dict first, then the cell.
    LoadClassDeref(u32),
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    LoadAttr(u32),
    StoreAttr(u32),
    DeleteAttr(u32),
    /// Push [method, self] or [NULL, attribute].
    LoadMethod(u32),
    LoadBuildClass,
    LoadAssertionError,
    BinarySubscr,
    StoreSubscr,
    DeleteSubscr,
    BuildSlice(u32),
    // operators
    BinaryOp(BinOp),
    InplaceOp(BinOp),
    Unary(UnaryOp),
    Compare(CmpOp),
    /// `is` (0) / `is not` (1).
    IsOp(u32),
    /// `in` (0) / `not in` (1).
    ContainsOp(u32),
    // control flow
    Jump(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    PopJumpIfNone(u32),
    PopJumpIfNotNone(u32),
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    GetIter,
    /// Next item, or pop the iterator and jump.
    ForIter(u32),
    ReturnValue,
    // calls
    /// Stack: NULL-or-callable, callable-or-self, args... (as CPython's PRECALL/CALL).
    Call(u32),
    /// As `Call`, with a tuple of keyword names on top.
    CallKw(u32),
    /// Stack: NULL, callable, args tuple, [kwargs dict]; arg bit 0 = has kwargs.
    ///
    /// As in CPython, `f(*a)` with a lone starred argument pushes `a` itself
    /// rather than a tuple: when the positional value is not a tuple the VM
    /// converts it with `tuple()`, raising `TypeError("f() argument after *
    /// must be an iterable, not T")` if it is not iterable. The kwargs value
    /// is always a fresh dict (built with `BuildMap`/`DictMerge`).
    CallEx(u32),
    MakeFunction(u32),
    // building
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    BuildMap(u32),
    /// n values then a tuple of keys on top.
    BuildConstKeyMap(u32),
    BuildString(u32),
    ListAppend(u32),
    SetAdd(u32),
    MapAdd(u32),
    ListExtend(u32),
    SetUpdate(u32),
    DictUpdate(u32),
    DictMerge(u32),
    ListToTuple,
    /// Conversion in bits 0-1, bit 2 = format spec on the stack.
    FormatValue(u32),
    UnpackSequence(u32),
    /// Count before the star in the low byte, after it in the next.
    UnpackEx(u32),
    // exceptions
    /// 0 = re-raise current, 1 = raise exc, 2 = raise exc from cause.
    Raise(u32),
    /// Re-raise top; if arg, the frame's lasti is restored from below.
    ///
    /// Pops the exception; when the argument `n` is not 0, the int offset
    /// to restore as the frame's last instruction is then the `n`-th item
    /// from the top (CPython's `RERAISE n`). The compiler emits
    /// `Reraise(0)` for `[.., exc]`, `Reraise(1)` for `[.., lasti, exc]`
    /// (handler cleanups: `Copy(3); PopExcept; Reraise(1)` on
    /// `[.., prev_exc, lasti, exc]`) and `Reraise(2)` for
    /// `[.., lasti, prev_exc, exc]` (after `WithExceptStart`).
    Reraise(u32),
    PushExcInfo,
    PopExcept,
    CheckExcMatch,
    CheckEgMatch,
    PrepReraiseStar,
    BeforeWith,
    BeforeAsyncWith,
    WithExceptStart,
    // generators and coroutines
    /// `[v]`: suspends the frame producing `v`; on resumption the sent value
    /// is pushed. Inside `yield from`/`await` the compiler always emits the
    /// loop `L: Send(exit); YieldValue; Jump(L)`, so a frame suspended at a
    /// `YieldValue` directly after a `Send` is delegating to the receiver
    /// below the top (for `throw()`/`close()`).
    YieldValue,
    /// `[v] -> [wrapped v]`: emitted right before `YieldValue` for a `yield`
    /// in an async generator (CPython's `ASYNC_GEN_WRAP`), so the VM can
    /// tell a value the async generator yields to its consumer from a value
    /// an `await` inside it passes up to the event loop (which is not
    /// wrapped).
    AsyncGenWrap,
    /// Delegate to the iterator below top (yield from / await); the target is
    /// where to go when it is exhausted.
    Send(u32),
    GetYieldFromIter,
    /// Arg: 0 = await, 1 = after __aenter__, 2 = after __aexit__.
    GetAwaitable(u32),
    GetAIter,
    GetANext,
    EndAsyncFor,
    // imports and namespaces
    ImportName(u32),
    ImportFrom(u32),
    ImportStar,
    SetupAnnotations,
    PrintExpr,
    // pattern matching
    GetLen,
    MatchMapping,
    MatchSequence,
    MatchKeys,
    MatchClass(u32),
    CopyDictWithoutKeys,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    Complex { re: f64, im: f64 },
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Constant>),
    FrozenSet(Vec<Constant>),
    Ellipsis,
    Code(Box<CodeObject>),
}

/// A handler covering instructions `start..end`: on an exception, the value
/// stack is cut to `depth`, the instruction offset pushed if `lasti`, then the
/// exception, and execution continues at `target`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub lasti: bool,
}

/// Source span of an instruction: 1-based lines, 0-based UTF-8 columns as
/// CPython reports them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Location {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    pub name: String,
    pub qualname: String,
    pub filename: String,
    pub first_line: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub instructions: Vec<Instr>,
    pub locations: Vec<Location>,
    pub constants: Vec<Constant>,
    pub names: Vec<String>,
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    /// For each cell that is also an argument, the argument's index.
    pub cell2arg: Vec<Option<u32>>,
    pub exception_table: Vec<ExceptionEntry>,
    pub max_stack: u32,
}

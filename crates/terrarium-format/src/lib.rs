//! CPython 3.11's exact text rules for numbers and strings, and its hash
//! functions, over plain Rust values. Nothing here knows about Python
//! objects: the VM converts to and from these types.

mod error;
mod float_text;
mod format_complex;
mod format_float;
mod format_int;
mod format_str;
mod hash_combine;
mod hash_numeric;
mod hash_text;
mod int_text;
mod layout;
mod parse_float;
mod parse_int;
mod printf;
mod repr;
mod request;
mod siphash;
mod spec;
mod unicode;

pub use error::{ErrorKind, FormatError, ParseFloatError, ParseIntError};
pub use float_text::{FloatFormat, FloatStyle, double_to_string, float_repr};
pub use format_complex::{complex_repr, format_complex};
pub use format_float::format_float;
pub use format_int::format_int;
pub use format_str::format_str;
pub use hash_combine::{FrozenSetHasher, TupleHasher};
pub use hash_numeric::{
    HASH_IMAG, HASH_INF, HASH_MODULUS, hash_bigint, hash_complex, hash_f64, hash_i64, hash_pointer,
};
pub use hash_text::{HashSecret, hash_bytes, hash_str};
pub use int_text::{
    DEFAULT_MAX_STR_DIGITS, MAX_STR_DIGITS_THRESHOLD, check_int_str_digits, int_to_decimal_string,
    int_to_f64, int_to_str_radix,
};
pub use parse_float::{parse_float, parse_float_bytes};
pub use parse_int::{parse_int, parse_int_bytes};
pub use printf::{
    Conversion, Piece, PrintfArgs, PrintfFlags, PrintfParser, StarField, printf_char_code,
    printf_float, printf_int, printf_text, unsupported_conversion,
};
pub use repr::{python_ascii_repr, python_bytes_repr, python_str_repr};
pub use request::set_request_ceiling;
pub use spec::{Align, FormatSpec, Grouping, Sign};
pub use unicode::{decimal_value, is_printable, is_space};

//! Hashes of numbers, as CPython 3.11 computes them on 64-bit platforms.
//!
//! A number's hash is its value reduced modulo the prime P = 2**61 - 1
//! (with 2**-1 taken as its inverse), so equal ints, floats and complex
//! numbers hash alike. -1 is reserved for errors in C and becomes -2.

use num_bigint::{BigInt, Sign};

/// `sys.hash_info.modulus`.
pub const HASH_MODULUS: u64 = (1 << HASH_BITS) - 1;
const HASH_BITS: u32 = 61;
/// `sys.hash_info.inf`.
pub const HASH_INF: i64 = 314_159;
/// `sys.hash_info.imag`: the multiplier of the imaginary part's hash.
pub const HASH_IMAG: u64 = 1_000_003;

/// Maps the reserved -1 to -2.
pub(crate) fn fix_reserved(hash: i64) -> i64 {
    if hash == -1 { -2 } else { hash }
}

/// Applies a sign to a residue in `0..P`.
fn signed(residue: u64, negative: bool) -> i64 {
    let value = residue as i64;
    fix_reserved(if negative { -value } else { value })
}

/// `hash(n)` for an int that fits in an i64.
pub fn hash_i64(value: i64) -> i64 {
    signed(value.unsigned_abs() % HASH_MODULUS, value < 0)
}

/// `hash(n)` for any int.
pub fn hash_bigint(value: &BigInt) -> i64 {
    let residue = value
        .magnitude()
        .iter_u64_digits()
        .rev()
        .fold(0u64, |acc, digit| {
            (((u128::from(acc) << 64) | u128::from(digit)) % u128::from(HASH_MODULUS)) as u64
        });
    signed(residue, value.sign() == Sign::Minus)
}

/// `hash(x)` for a float, or `None` for a NaN, whose hash in 3.11 is
/// its object's identity hash ([`hash_pointer`]).
pub fn hash_f64(value: f64) -> Option<i64> {
    if value.is_nan() {
        return None;
    }
    if value.is_infinite() {
        return Some(if value > 0.0 { HASH_INF } else { -HASH_INF });
    }
    if value == 0.0 {
        return Some(0);
    }
    // |value| = mantissa * 2**exponent exactly, with an integer mantissa
    // below 2**53, itself already reduced.
    let bits = value.abs().to_bits();
    let biased = (bits >> 52) as i32;
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, exponent) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    // 2**61 is 1 modulo P, so multiplying by 2**e is a rotation of the
    // 61-bit residue by e modulo 61.
    let shift = exponent.rem_euclid(HASH_BITS as i32) as u32;
    let residue = rotate_left_61(mantissa % HASH_MODULUS, shift);
    Some(signed(residue, value < 0.0))
}

fn rotate_left_61(x: u64, shift: u32) -> u64 {
    if shift == 0 {
        return x;
    }
    ((x << shift) & HASH_MODULUS) | (x >> (HASH_BITS - shift))
}

/// `hash(z)` for a complex. `nan_hash` stands in for a NaN part: the
/// complex object's identity hash, as in 3.11.
pub fn hash_complex(re: f64, im: f64, nan_hash: i64) -> i64 {
    let real = hash_f64(re).unwrap_or(nan_hash) as u64;
    let imag = hash_f64(im).unwrap_or(nan_hash) as u64;
    fix_reserved(real.wrapping_add(HASH_IMAG.wrapping_mul(imag)) as i64)
}

/// The identity hash of an object at `address` (`object.__hash__`, and a
/// NaN's hash): the address rotated right by four bits, since allocations
/// are aligned and their low bits carry nothing.
pub fn hash_pointer(address: usize) -> i64 {
    fix_reserved(address.rotate_right(4) as i64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_traits::{One, Pow};

    fn big(text: &str) -> BigInt {
        text.parse().unwrap()
    }

    #[test]
    fn ints() {
        let cases: &[(&str, i64)] = &[
            ("0", 0),
            ("1", 1),
            ("-1", -2),
            ("-2", -2),
            ("2305843009213693950", 2305843009213693950),
            ("2305843009213693951", 0),
            ("2305843009213693952", 1),
            ("-2305843009213693952", -2),
            ("18446744073709551616", 8),
            ("-18446744073709551621", -13),
            ("1000000000000000000000000000000", 465258685558744706),
            ("-1000000000000000000000000000000", -465258685558744706),
            ("9223372036854775807", 3),
            ("-9223372036854775808", -4),
        ];
        for &(text, want) in cases {
            assert_eq!(hash_bigint(&big(text)), want, "{text}");
            if let Ok(small) = text.parse::<i64>() {
                assert_eq!(hash_i64(small), want, "{text}");
            }
        }
        let huge = BigInt::from(2).pow(1000u32) + 12345;
        assert_eq!(hash_bigint(&huge), 16789561);
    }

    #[test]
    fn floats() {
        let cases: &[(f64, i64)] = &[
            (0.0, 0),
            (-0.0, 0),
            (1.0, 1),
            (-1.0, -2),
            (1.5, 1152921504606846977),
            (-1.5, -1152921504606846977),
            (0.1, 230584300921369408),
            (1e300, 1224995262755759164),
            (-1e-300, -482449582752280463),
            (5e-324, 16777216),
            (f64::MAX, 2234066890152476671),
            (f64::INFINITY, 314159),
            (f64::NEG_INFINITY, -314159),
            (2f64.powi(61), 1),
            (2f64.powi(60), 1152921504606846976),
            (0.5, 1152921504606846976),
            (2f64.powi(-61), 1),
            (3.25159, 580127042688073731),
            (-2.5e-10, -699647011998930896),
            (123456789.123, 283618680910892309),
        ];
        for &(value, want) in cases {
            assert_eq!(hash_f64(value), Some(want), "{value:e}");
        }
        assert_eq!(hash_f64(f64::NAN), None);
        assert_eq!(
            hash_f64(1e30),
            Some(hash_bigint(&big("1000000000000000019884624838656")))
        );
        assert_eq!(
            hash_f64(-(2f64.powi(64))),
            Some(hash_bigint(&-(BigInt::one() << 64usize)))
        );
    }

    #[test]
    fn complexes() {
        let cases: &[(f64, f64, i64)] = &[
            (0.0, 0.0, 0),
            (1.0, 0.0, 1),
            (0.0, 1.0, 1000003),
            (1.5, -2.5, -2305843009215693957),
            (-1.0, 0.0, -2),
            (1e300, 1e-300, -3889407508137364311),
            (f64::INFINITY, 1.0, 1314162),
            (3.0, -4.0, -4000009),
            (0.1, 0.2, 1614090106475185856),
        ];
        for &(re, im, want) in cases {
            assert_eq!(hash_complex(re, im, 0), want, "{re} {im}");
        }
        assert_eq!(hash_complex(f64::NAN, 0.0, 7), 7);
        assert_eq!(hash_complex(0.0, f64::NAN, 7), 7_000_021);
    }

    #[test]
    fn pointers() {
        assert_eq!(hash_pointer(0x7f00_0000_1230), 0x7f0_0000_0123);
        assert_eq!(hash_pointer(0x18), (0x8000_0000_0000_0001u64 as i64));
        assert_eq!(hash_pointer(usize::MAX), -2);
    }
}

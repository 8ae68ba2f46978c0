//! Hashes of str and bytes, keyed by the interpreter's hash secret.

use crate::hash_numeric::fix_reserved;
use crate::siphash::SipHasher13;

/// The 128-bit SipHash key CPython derives at start-up from
/// `PYTHONHASHSEED`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HashSecret {
    k0: u64,
    k1: u64,
}

/// CPython's secret is 24 bytes (the SipHash key, then a salt for expat);
/// the seeded generator fills all of it, so it is drawn in full here too.
const SECRET_SIZE: usize = 24;

impl HashSecret {
    /// `PYTHONHASHSEED` semantics: `Some(0)` disables randomization (an
    /// all-zero key), `Some(n)` derives the key from `n` exactly as CPython
    /// does, and `None` draws it from the operating system.
    ///
    /// # Panics
    ///
    /// When the operating system has no randomness to give, which CPython
    /// treats as fatal as well.
    pub fn from_seed(seed: Option<u32>) -> Self {
        let mut secret = [0u8; SECRET_SIZE];
        match seed {
            Some(0) => {}
            Some(seed) => fill_from_lcg(seed, &mut secret),
            None => getrandom::getrandom(&mut secret)
                .expect("failed to get random numbers to initialize the hash secret"),
        }
        let word = |at: usize| {
            let mut bytes = [0; 8];
            bytes.copy_from_slice(&secret[at..at + 8]);
            u64::from_le_bytes(bytes)
        };
        Self {
            k0: word(0),
            k1: word(8),
        }
    }

    fn hasher(&self) -> SipHasher13 {
        SipHasher13::new(self.k0, self.k1)
    }
}

/// The linear congruential generator (the constants of Microsoft's C
/// `rand`) CPython runs from the seed, keeping bits 16..24 of each state.
fn fill_from_lcg(seed: u32, out: &mut [u8]) {
    let mut state = seed;
    for byte in out {
        state = state.wrapping_mul(214_013).wrapping_add(2_531_011);
        *byte = (state >> 16) as u8;
    }
}

fn finish(hasher: SipHasher13) -> i64 {
    fix_reserved(hasher.finish() as i64)
}

/// `hash(b)` for bytes (and anything hashed as a byte buffer); empty input
/// hashes to 0.
pub fn hash_bytes(data: &[u8], secret: &HashSecret) -> i64 {
    if data.is_empty() {
        return 0;
    }
    let mut hasher = secret.hasher();
    hasher.write(data);
    finish(hasher)
}

/// `hash(s)` for a str. CPython hashes its in-memory form, whose width is
/// set by the largest code point: one byte per character up to U+00FF, two
/// (little-endian) up to U+FFFF, four beyond.
pub fn hash_str(text: &str, secret: &HashSecret) -> i64 {
    if text.is_ascii() {
        return hash_bytes(text.as_bytes(), secret);
    }
    let width = match text.chars().map(u32::from).max().unwrap_or(0) {
        0..=0xff => 1,
        0x100..=0xffff => 2,
        _ => 4,
    };
    let mut hasher = secret.hasher();
    let mut buffer = [0u8; 256];
    let mut filled = 0;
    for c in text.chars() {
        let bytes = u32::from(c).to_le_bytes();
        buffer[filled..filled + width].copy_from_slice(&bytes[..width]);
        filled += width;
        if filled + 4 > buffer.len() {
            hasher.write(&buffer[..filled]);
            filled = 0;
        }
    }
    hasher.write(&buffer[..filled]);
    finish(hasher)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (seed, text, hash) from `PYTHONHASHSEED=seed python3.11`.
    const STR_HASHES: &[(u32, &str, i64)] = &[
        (0, "abc", -4594863902769663758),
        (0, "é", 6047309291227476195),
        (0, "ā", 5473066677718280640),
        (0, "😀", -3536540696076613844),
        (0, "hello world", -5642461784034726774),
        (0, "aé", -4100377394409680542),
        (0, "aā😀", 5231273981003315754),
        (0, "xxxxxxx", 4423015880544474238),
        (0, "xxxxxxxx", -4724777423671707232),
        (0, "xxxxxxxxx", 1110956022226650754),
        (42, "abc", 3869580338025362921),
        (42, "é", 5653850369683463245),
        (42, "ā", 483840867853044309),
        (42, "😀", 6601963133753205906),
        (42, "hello world", -3893157060480277979),
        (42, "aé", 2937238697959345589),
        (42, "aā😀", 4891986304902084559),
        (42, "xxxxxxxxx", -8668041896426780249),
        (1, "abc", -4667308735975688587),
        (1, "aā😀", 8100522845671711346),
        (4294967295, "abc", -6122489556238538401),
        (4294967295, "é", -5741392403324874290),
        (4294967295, "ā", 367305932642854480),
        (4294967295, "😀", -5273353973323107289),
    ];

    #[test]
    fn strings_match_cpython() {
        for &(seed, text, want) in STR_HASHES {
            let secret = HashSecret::from_seed(Some(seed));
            assert_eq!(hash_str(text, &secret), want, "seed {seed} {text:?}");
        }
        let hundred = "a".repeat(100);
        assert_eq!(
            hash_str(&hundred, &HashSecret::from_seed(Some(0))),
            -2643860352045292050
        );
        assert_eq!(
            hash_str(&hundred, &HashSecret::from_seed(Some(42))),
            -1938564947279488581
        );
    }

    #[test]
    fn long_wide_strings_cross_buffer_boundaries() {
        let secret = HashSecret::from_seed(Some(7));
        let text = "ā😀é".repeat(100);
        let mut bytes = Vec::new();
        for c in text.chars() {
            bytes.extend_from_slice(&u32::from(c).to_le_bytes());
        }
        assert_eq!(hash_str(&text, &secret), hash_bytes(&bytes, &secret));
    }

    #[test]
    fn bytes_match_cpython() {
        let cases: &[(u32, &[u8], i64)] = &[
            (0, b"abc", -4594863902769663758),
            (0, b"\x00\xff", -2713640983873221217),
            (0, b"xxxxxxxxxxxxxxx", -2782592963448337589),
            (0, b"xxxxxxxxxxxxxxxx", 7026689402995178403),
            (0, b"xxxxxxxxxxxxxxxxx", 4771951516191823429),
            (42, b"\x00\xff", -5743721857813340851),
            (42, b"xxxxxxxxxxxxxxxx", 5583311531320275737),
            (1, b"\x00\xff", -7704959136854890894),
            (4294967295, b"xxxxxxxxxxxxxxxxx", -2924226780619306408),
        ];
        for &(seed, data, want) in cases {
            let secret = HashSecret::from_seed(Some(seed));
            assert_eq!(hash_bytes(data, &secret), want, "seed {seed} {data:?}");
        }
    }

    #[test]
    fn empty_is_zero_and_random_keys_differ() {
        let random = HashSecret::from_seed(None);
        assert_eq!(hash_bytes(b"", &random), 0);
        assert_eq!(hash_str("", &random), 0);
        assert_ne!(random, HashSecret::from_seed(None));
        assert_eq!(HashSecret::from_seed(Some(0)), HashSecret { k0: 0, k1: 0 });
    }
}

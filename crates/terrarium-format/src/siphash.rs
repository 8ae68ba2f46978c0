//! SipHash-1-3 (one compression round per block, three finalization
//! rounds), CPython 3.11's string and bytes hash, fed incrementally.

pub(crate) struct SipHasher13 {
    v: [u64; 4],
    /// Bytes not yet making up a full little-endian block.
    tail: u64,
    tail_len: usize,
    total_len: usize,
}

impl SipHasher13 {
    pub fn new(k0: u64, k1: u64) -> Self {
        Self {
            v: [
                k0 ^ 0x736f_6d65_7073_6575,
                k1 ^ 0x646f_7261_6e64_6f6d,
                k0 ^ 0x6c79_6765_6e65_7261,
                k1 ^ 0x7465_6462_7974_6573,
            ],
            tail: 0,
            tail_len: 0,
            total_len: 0,
        }
    }

    fn round(&mut self) {
        let [v0, v1, v2, v3] = &mut self.v;
        *v0 = v0.wrapping_add(*v1);
        *v1 = v1.rotate_left(13) ^ *v0;
        *v0 = v0.rotate_left(32);
        *v2 = v2.wrapping_add(*v3);
        *v3 = v3.rotate_left(16) ^ *v2;
        *v0 = v0.wrapping_add(*v3);
        *v3 = v3.rotate_left(21) ^ *v0;
        *v2 = v2.wrapping_add(*v1);
        *v1 = v1.rotate_left(17) ^ *v2;
        *v2 = v2.rotate_left(32);
    }

    fn compress(&mut self, block: u64) {
        self.v[3] ^= block;
        self.round();
        self.v[0] ^= block;
    }

    pub fn write(&mut self, mut bytes: &[u8]) {
        self.total_len += bytes.len();
        while self.tail_len > 0 && !bytes.is_empty() {
            self.push_tail_byte(bytes[0]);
            bytes = &bytes[1..];
        }
        let mut blocks = bytes.chunks_exact(8);
        for block in &mut blocks {
            let mut word = [0; 8];
            word.copy_from_slice(block);
            self.compress(u64::from_le_bytes(word));
        }
        for &byte in blocks.remainder() {
            self.push_tail_byte(byte);
        }
    }

    fn push_tail_byte(&mut self, byte: u8) {
        self.tail |= u64::from(byte) << (8 * self.tail_len);
        self.tail_len += 1;
        if self.tail_len == 8 {
            let block = self.tail;
            self.tail = 0;
            self.tail_len = 0;
            self.compress(block);
        }
    }

    pub fn finish(mut self) -> u64 {
        let last = ((self.total_len as u64) << 56) | self.tail;
        self.compress(last);
        self.v[2] ^= 0xff;
        for _ in 0..3 {
            self.round();
        }
        let [v0, v1, v2, v3] = self.v;
        v0 ^ v1 ^ v2 ^ v3
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one_shot(k0: u64, k1: u64, data: &[u8]) -> u64 {
        let mut hasher = SipHasher13::new(k0, k1);
        hasher.write(data);
        hasher.finish()
    }

    #[test]
    fn split_writes_match_one_write() {
        let data: Vec<u8> = (0..40).collect();
        for split in 0..data.len() {
            let mut hasher = SipHasher13::new(1, 2);
            hasher.write(&data[..split]);
            hasher.write(&data[split..]);
            assert_eq!(hasher.finish(), one_shot(1, 2, &data), "split at {split}");
        }
    }
}

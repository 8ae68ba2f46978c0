//! Hashes of tuples and frozensets, combined from their items' hashes.

const XXPRIME_1: u64 = 11_400_714_785_074_694_791;
const XXPRIME_2: u64 = 14_029_467_366_897_019_727;
const XXPRIME_5: u64 = 2_870_177_450_012_600_261;

/// `hash(tuple)`, fed the items' hashes in order (3.11's xxHash-based
/// combination).
#[derive(Debug, Clone)]
pub struct TupleHasher {
    acc: u64,
    len: u64,
}

impl TupleHasher {
    /// `len` is the tuple's length, which the final step mixes in.
    pub fn new(len: usize) -> Self {
        Self {
            acc: XXPRIME_5,
            len: len as u64,
        }
    }

    pub fn add(&mut self, item_hash: i64) {
        self.acc = self
            .acc
            .wrapping_add((item_hash as u64).wrapping_mul(XXPRIME_2))
            .rotate_left(31)
            .wrapping_mul(XXPRIME_1);
    }

    pub fn finish(&self) -> i64 {
        // The length is mangled so that hash(()) keeps its historical value.
        let acc = self.acc.wrapping_add(self.len ^ (XXPRIME_5 ^ 3_527_539));
        if acc == u64::MAX {
            1_546_275_796
        } else {
            acc as i64
        }
    }
}

/// `hash(frozenset)`, fed the items' hashes in any order.
#[derive(Debug, Clone, Default)]
pub struct FrozenSetHasher {
    acc: u64,
    len: u64,
}

impl FrozenSetHasher {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, item_hash: i64) {
        // Xor makes the order irrelevant; shuffling first keeps items whose
        // hashes differ in few bits from cancelling out.
        let h = item_hash as u64;
        self.acc ^= ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167);
        self.len += 1;
    }

    pub fn finish(&self) -> i64 {
        let mut hash = self.acc ^ (self.len + 1).wrapping_mul(1_927_868_237);
        // Disperses the patterns nested frozensets would otherwise share.
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
        if hash == u64::MAX {
            590_923_713
        } else {
            hash as i64
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tuple(items: &[i64]) -> i64 {
        let mut hasher = TupleHasher::new(items.len());
        for &item in items {
            hasher.add(item);
        }
        hasher.finish()
    }

    fn frozenset(items: &[i64]) -> i64 {
        let mut hasher = FrozenSetHasher::new();
        for &item in items {
            hasher.add(item);
        }
        hasher.finish()
    }

    #[test]
    fn tuples() {
        assert_eq!(tuple(&[]), 5740354900026072187);
        assert_eq!(tuple(&[1]), -6644214454873602895);
        assert_eq!(tuple(&[1, 2]), -3550055125485641917);
        assert_eq!(tuple(&[1, 2, 3]), 529344067295497451);
        assert_eq!(tuple(&[5740354900026072187]), -5486347211504344842);
        assert_eq!(tuple(&[1152921504606846976, -2]), 6150435046063548694);
        assert_eq!(tuple(&[4644417185603328019]), 7319529274390396360);
    }

    #[test]
    fn frozensets() {
        assert_eq!(frozenset(&[]), 133146708735736);
        assert_eq!(frozenset(&[1]), -558064481276695278);
        assert_eq!(frozenset(&[1, 2, 3]), -272375401224217160);
        assert_eq!(frozenset(&[3, 1, 2]), -272375401224217160);
        assert_eq!(frozenset(&[-2]), 6776983852052281967);
        let hundred: Vec<i64> = (0..100).collect();
        assert_eq!(frozenset(&hundred), 4411996150312757951);
        assert_eq!(
            frozenset(&[-558064481276695278, 133146708735736]),
            -67101846648477850
        );
        assert_eq!(frozenset(&[2, 1152921504606846976]), 4341489126990278698);
    }
}

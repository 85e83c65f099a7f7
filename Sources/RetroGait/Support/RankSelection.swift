/// Values at given ranks of a `Float` sequence — what `values.sorted()[rank]` gives — in O(n) whatever
/// the distribution, without sorting.
///
/// Every float maps to a 32-bit key that orders like the float (sign bit flipped for positives, all
/// bits flipped for negatives). A histogram of the keys' upper 16 bits tells which bucket holds each
/// rank; a second pass counts the lower 16 bits of the members of those buckets and so finds the exact
/// key. Two passes over the data and two 64 Ki-entry tables, instead of an O(n log n) sort of a copy.
/// (For +0 and −0, which compare equal, −0 counts as the smaller; NaNs sort after +∞ or before −∞.)
enum RankSelection {
    private static let buckets = 1 << 16

    /// `sorted(values)[rank]` for every rank in `ranks` (each in `0..<values.count`).
    static func values(atRanks ranks: [Int], of values: ArraySlice<Float>) -> [Float] {
        precondition(ranks.allSatisfy { values.indices.contains($0 + values.startIndex) }, "rank out of range")
        guard values.count > 256 else {
            let sorted = values.sorted()
            return ranks.map { sorted[$0] }
        }
        return values.withUnsafeBufferPointer { buffer in
            var high = [UInt32](repeating: 0, count: buckets)
            high.withUnsafeMutableBufferPointer { counts in
                for value in buffer { counts[Int(key(value) >> 16)] &+= 1 }
            }
            return ranks.map { rank in
                let (bucket, below) = locate(rank, in: high)
                var low = [UInt32](repeating: 0, count: buckets)
                low.withUnsafeMutableBufferPointer { counts in
                    for value in buffer {
                        let k = key(value)
                        if k >> 16 == bucket { counts[Int(k & 0xFFFF)] &+= 1 }
                    }
                }
                let (lowBits, _) = locate(rank - below, in: low)
                return float(fromKey: bucket << 16 | lowBits)
            }
        }
    }

    /// The bucket holding the `rank`-th entry and how many entries lie in the buckets before it.
    private static func locate(_ rank: Int, in counts: [UInt32]) -> (bucket: UInt32, below: Int) {
        var below = 0
        for index in counts.indices {
            let next = below + Int(counts[index])
            if rank < next { return (UInt32(index), below) }
            below = next
        }
        preconditionFailure("rank beyond the counted values")
    }

    @inline(__always)
    private static func key(_ value: Float) -> UInt32 {
        let bits = value.bitPattern
        return bits & 0x8000_0000 == 0 ? bits | 0x8000_0000 : ~bits
    }

    @inline(__always)
    private static func float(fromKey key: UInt32) -> Float {
        Float(bitPattern: key & 0x8000_0000 != 0 ? key & 0x7FFF_FFFF : ~key)
    }
}

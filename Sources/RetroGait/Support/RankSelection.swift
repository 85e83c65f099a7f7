/// Values at given ranks of a `Float` sequence — what `values.sorted()[rank]` gives — in O(n) whatever
/// the distribution, without sorting.
///
/// Every float maps to a 32-bit key that orders like the float (sign bit flipped for positives, all
/// bits flipped for negatives). A histogram of the keys' upper 16 bits (with one of their upper 8 bits,
/// so a rank's bucket is found without scanning all 65 536) tells which bucket holds each rank; a
/// second pass gathers the keys of the buckets of two ranks at once, and the exact key is selected
/// among a bucket's members (a three-way quickselect for a few, a histogram of their lower 16 bits for
/// many). Two passes over the data for up to two ranks, instead of an O(n log n) sort of a copy.
/// (For +0 and −0, which compare equal, −0 counts as the smaller; NaNs sort after +∞ or before −∞.)
enum RankSelection {
    /// A bucket with up to this many members is searched by quickselect; a fuller one by a histogram.
    private static let quickselectLimit = 4096

    /// `sorted(values)[rank]` for every rank in `ranks` (each in `0..<values.count`).
    static func values(atRanks ranks: [Int], of values: ArraySlice<Float>) -> [Float] {
        precondition(ranks.allSatisfy { values.indices.contains($0 + values.startIndex) }, "rank out of range")
        guard values.count > 256 else {
            let sorted = values.sorted()
            return ranks.map { sorted[$0] }
        }
        return values.withUnsafeBufferPointer { buffer in
            var high = DigitHistogram()
            high.countUpperDigits(of: buffer)
            var selected = [Float](repeating: 0, count: ranks.count)
            for pair in stride(from: 0, to: ranks.count, by: 2) {
                let first = high.locate(ranks[pair])
                let second = pair + 1 < ranks.count ? high.locate(ranks[pair + 1]) : first
                let (firstKey, secondKey) = keys(atRanks: (ranks[pair], pair + 1 < ranks.count ? ranks[pair + 1] : ranks[pair]),
                                                 in: (first, second), of: buffer)
                selected[pair] = float(fromKey: firstKey)
                if pair + 1 < ranks.count { selected[pair + 1] = float(fromKey: secondKey) }
            }
            return selected
        }
    }

    /// The keys at two ranks whose upper-16-bit buckets (and the counts below them) are known: one pass
    /// gathers both buckets' members, then each is searched.
    private static func keys(
        atRanks ranks: (Int, Int), in buckets: (DigitHistogram.Location, DigitHistogram.Location),
        of buffer: UnsafeBufferPointer<Float>
    ) -> (UInt32, UInt32) {
        let (first, second) = buckets
        let sameBucket = first.digit == second.digit
        let firstCount = first.count
        let total = firstCount + (sameBucket ? 0 : second.count)
        let gathered = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: total)
        defer { gathered.deallocate() }
        var firstEnd = 0
        var secondEnd = firstCount
        // Blocks of sixteen values are ruled out at once when none lies within either bucket's range
        // (most do not: the buckets hold the few values near the two ranks); the values of the other
        // blocks are gathered one by one, in order. A float range cannot stand for a bucket of NaNs.
        let lanes = 16
        let ranges = (floatRange(ofBucket: first.digit), floatRange(ofBucket: second.digit))
        let blocksCanBeSkipped = !(ranges.0.lower.isNaN || ranges.0.upper.isNaN || ranges.1.lower.isNaN || ranges.1.upper.isNaN)
        let lower = (SIMD16<Float>(repeating: ranges.0.lower), SIMD16<Float>(repeating: ranges.1.lower))
        let upper = (SIMD16<Float>(repeating: ranges.0.upper), SIMD16<Float>(repeating: ranges.1.upper))
        let raw = UnsafeRawPointer(buffer.baseAddress!)
        var start = 0
        while start < buffer.count {
            let end = min(buffer.count, start + lanes)
            if blocksCanBeSkipped && end - start == lanes {
                let block = raw.loadUnaligned(fromByteOffset: start * 4, as: SIMD16<Float>.self)
                let inFirst = (block .>= lower.0) .& (block .<= upper.0)
                let inSecond = (block .>= lower.1) .& (block .<= upper.1)
                if !any(inFirst .| inSecond) {
                    start = end
                    continue
                }
            }
            for index in start..<end {
                let k = key(buffer[index])
                if k >> 16 == first.digit {
                    gathered[firstEnd] = k
                    firstEnd += 1
                } else if k >> 16 == second.digit {
                    gathered[secondEnd] = k
                    secondEnd += 1
                }
            }
            start = end
        }
        let firstMembers = UnsafeMutableBufferPointer(rebasing: gathered[0..<firstCount])
        let secondMembers = sameBucket ? firstMembers : UnsafeMutableBufferPointer(rebasing: gathered[firstCount..<total])
        return (key(atRank: ranks.0 - first.below, of: firstMembers, bucket: first.digit),
                key(atRank: ranks.1 - second.below, of: secondMembers, bucket: second.digit))
    }

    /// The `rank`-th smallest of `members`, keys that all share the upper 16 bits `bucket`.
    private static func key(atRank rank: Int, of members: UnsafeMutableBufferPointer<UInt32>, bucket: UInt32) -> UInt32 {
        if members.count <= quickselectLimit { return quickselect(rank, in: members) }
        var low = DigitHistogram()
        low.countLowerDigits(of: members)
        return bucket << 16 | low.locate(rank).digit
    }

    /// The `rank`-th smallest of `keys` (reordered in place): quickselect with three-way partitions, so
    /// runs of equal keys cost one pass.
    private static func quickselect(_ rank: Int, in keys: UnsafeMutableBufferPointer<UInt32>) -> UInt32 {
        var lower = 0
        var upper = keys.count
        while true {
            let pivot = median(keys[lower], keys[(lower + upper) / 2], keys[upper - 1])
            // [lower, less) < pivot, [less, index) == pivot, [greater, upper) > pivot.
            var less = lower, index = lower, greater = upper
            while index < greater {
                let k = keys[index]
                if k < pivot {
                    keys.swapAt(less, index)
                    less += 1
                    index += 1
                } else if k > pivot {
                    greater -= 1
                    keys.swapAt(index, greater)
                } else {
                    index += 1
                }
            }
            if rank < less {
                upper = less
            } else if rank >= greater {
                lower = greater
            } else {
                return pivot
            }
        }
    }

    @inline(__always)
    private static func median(_ a: UInt32, _ b: UInt32, _ c: UInt32) -> UInt32 {
        max(min(a, b), min(max(a, b), c))
    }

    @inline(__always)
    private static func key(_ value: Float) -> UInt32 {
        let bits = value.bitPattern
        return bits & 0x8000_0000 == 0 ? bits | 0x8000_0000 : ~bits
    }

    /// The lowest and highest floats whose keys share the upper 16 bits `bucket` (NaN where the bucket
    /// holds NaNs). As floats compare, every member lies within them; of +0 and −0 a bucket holding one
    /// also takes in the other, which compares equal to it.
    private static func floatRange(ofBucket bucket: UInt32) -> (lower: Float, upper: Float) {
        (float(fromKey: bucket << 16), float(fromKey: bucket << 16 | 0xFFFF))
    }

    @inline(__always)
    private static func float(fromKey key: UInt32) -> Float {
        Float(bitPattern: key & 0x8000_0000 != 0 ? key & 0x7FFF_FFFF : ~key)
    }

    /// Counts of 16-bit digits, and beside them the counts of their upper 8 bits (one allocation).
    private struct DigitHistogram {
        /// 65 536 digit counts, then 256 counts of the digits' upper 8 bits, then three more copies of
        /// those 256 for ``countUpperDigits(of:)`` (zero outside it).
        private var counts = [UInt32](repeating: 0, count: 65_536 + 4 * 256)

        /// Where a rank lies: its digit, how many entries have smaller digits, how many share its digit.
        struct Location {
            var digit: UInt32
            var below: Int
            var count: Int
        }

        /// Counts the upper 16 bits of every value's key.
        ///
        /// The counts of their upper 8 bits go to four interleaved copies (sample `i` to copy `i % 4`),
        /// added up at the end: neighbouring samples of a signal mostly share those bits, and a single
        /// counter would chain every increment through memory (~30 % of the pass).
        mutating func countUpperDigits(of values: UnsafeBufferPointer<Float>) {
            counts.withUnsafeMutableBufferPointer { counts in
                let whole = values.count & ~3
                var index = 0
                while index < whole {
                    for copy in 0..<4 {
                        let digit = Int(truncatingIfNeeded: RankSelection.key(values[index + copy]) >> 16)
                        counts[digit] &+= 1
                        counts[65_536 + 256 * copy + (digit >> 8)] &+= 1
                    }
                    index += 4
                }
                for value in values[whole...] {
                    let digit = Int(truncatingIfNeeded: RankSelection.key(value) >> 16)
                    counts[digit] &+= 1
                    counts[65_536 + (digit >> 8)] &+= 1
                }
                for top in 65_536..<(65_536 + 256) {
                    counts[top] &+= counts[top + 256] &+ counts[top + 512] &+ counts[top + 768]
                    (counts[top + 256], counts[top + 512], counts[top + 768]) = (0, 0, 0)
                }
            }
        }

        /// Counts the lower 16 bits of every key.
        mutating func countLowerDigits(of keys: UnsafeMutableBufferPointer<UInt32>) {
            counts.withUnsafeMutableBufferPointer { counts in
                for key in keys {
                    let digit = Int(truncatingIfNeeded: key & 0xFFFF)
                    counts[digit] &+= 1
                    counts[65_536 + (digit >> 8)] &+= 1
                }
            }
        }

        /// The digit holding the `rank`-th entry (0-based) of the counted ones.
        func locate(_ rank: Int) -> Location {
            var below = 0
            for top in 0..<256 {
                let next = below + Int(counts[65_536 + top])
                if rank < next {
                    for digit in (top << 8)..<((top + 1) << 8) {
                        let upto = below + Int(counts[digit])
                        if rank < upto { return Location(digit: UInt32(digit), below: below, count: upto - below) }
                        below = upto
                    }
                }
                below = next
            }
            preconditionFailure("rank beyond the counted values")
        }
    }
}

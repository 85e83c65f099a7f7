extension OrderStatistics {
    /// The median of `values` (the value ``median(_:)`` gives for them as an array), in bounded memory.
    ///
    /// Up to `memoryLimit` values are copied and selected in memory, the same way as an array. Beyond
    /// that, the value at each middle rank is found by radix selection on the values' order-preserving
    /// bits, 16 bits a pass (at most four passes over `values` per rank), holding one 65 536-count
    /// histogram: O(n) time, memory independent of n.
    static func median<Values: Sequence<Double>>(of values: Values, memoryLimit: Int = 1 << 16) -> Double? {
        var copy: [Double] = []
        copy.reserveCapacity(Swift.min(values.underestimatedCount, memoryLimit))
        var count = 0
        for value in values {
            count += 1
            if count <= memoryLimit { copy.append(value) }
        }
        if count <= memoryLimit { return medianReordering(&copy) }
        copy = []
        let middle = count / 2
        guard count % 2 == 0 else { return RadixSelection.valuePair(atRanks: middle, middle, of: values).0 }
        let (lower, upper) = RadixSelection.valuePair(atRanks: middle - 1, middle, of: values)
        return 0.5 * (lower + upper)
    }
}

/// The value of a given rank among `Double`s read in passes (`values.sorted()[rank]` without holding them).
enum RadixSelection {
    /// The value `values.sorted()[rank]` would hold. `values` must be non-empty, free of NaN, give the
    /// same values on every pass, and `rank` lie in `0 ..< count`. Zeros of either sign are counted as +0.
    static func value<Values: Sequence<Double>>(atRank rank: Int, of values: Values) -> Double {
        valuePair(atRanks: rank, rank, of: values).0
    }

    /// The values at two ranks, found together: four passes over `values` whatever the ranks.
    static func valuePair<Values: Sequence<Double>>(atRanks first: Int, _ second: Int, of values: Values) -> (Double, Double) {
        var remaining = (first, second)
        var prefix: (UInt64, UInt64) = (0, 0)
        var histograms = ([Int](repeating: 0, count: 1 << 16), [Int](repeating: 0, count: 1 << 16))
        for shift in stride(from: 48, through: 0, by: -16) {
            for index in 0..<(1 << 16) { histograms.0[index] = 0; histograms.1[index] = 0 }
            let matched = UInt64(shift + 16)
            let (prefix0, prefix1) = (prefix.0 >> matched, prefix.1 >> matched)
            for value in values {
                let key = orderKey(value)
                let digit = Int(truncatingIfNeeded: (key >> UInt64(shift)) & 0xFFFF)
                // `>>` by 64 gives 0: the first pass counts every value.
                if key >> matched == prefix0 { histograms.0[digit] += 1 }
                if key >> matched == prefix1 { histograms.1[digit] += 1 }
            }
            prefix.0 |= UInt64(digit(containing: &remaining.0, in: histograms.0)) << UInt64(shift)
            prefix.1 |= UInt64(digit(containing: &remaining.1, in: histograms.1)) << UInt64(shift)
        }
        return (value(ofKey: prefix.0), value(ofKey: prefix.1))
    }

    /// The digit whose bucket holds the value of rank `rank` among the counted ones; `rank` becomes its
    /// rank within the bucket.
    private static func digit(containing rank: inout Int, in histogram: [Int]) -> Int {
        var digit = 0
        while digit < histogram.count - 1, rank >= histogram[digit] {
            rank -= histogram[digit]
            digit += 1
        }
        return digit
    }

    /// Bits that sort as the value does: negatives with every bit flipped, the rest with the sign set.
    static func orderKey(_ value: Double) -> UInt64 {
        let bits = (value + 0).bitPattern  // −0 + 0 is +0
        return bits >> 63 == 1 ? ~bits : bits | (1 << 63)
    }

    static func value(ofKey key: UInt64) -> Double {
        Double(bitPattern: key >> 63 == 1 ? key & ~(1 << 63) : ~key)
    }
}

/// Small order statistics shared by the analysis and evaluation types. Inputs need not be sorted.
enum OrderStatistics {
    /// The arithmetic mean, or `nil` for no values.
    static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    /// The median (mean of the two middle values for an even count), or `nil` for no values.
    ///
    /// Expected O(n): the middle value is selected (quickselect on a copy), not sorted for; the value
    /// is the one sorting would give.
    static func median(_ values: [Double]) -> Double? {
        var scratch = values
        return medianReordering(&scratch)
    }

    /// The upper middle value (the middle one for an odd count, the larger of the two middle ones for
    /// an even count: `values.sorted()[values.count / 2]`), or `nil` for no values. Expected O(n), by
    /// selection on a copy.
    static func upperMedian(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        var scratch = values
        return scratch.withUnsafeMutableBufferPointer { select(values.count / 2, in: $0) }
    }

    /// ``median(_:)`` of `values`, which it reorders instead of copying them.
    static func medianReordering(_ values: inout [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let middle = values.count / 2
        guard values.count > 32 else {
            // Sorted in place: the order `values.sorted()` gives (it sorts a copy the same way), without
            // allocating that copy.
            values.sort()
            return values.count % 2 == 1 ? values[middle] : 0.5 * (values[middle - 1] + values[middle])
        }
        let count = values.count
        return values.withUnsafeMutableBufferPointer { buffer in
            if count >= SampledSelection.minimumCount,
               let (lower, upper) = SampledSelection.values(atRanks: count % 2 == 0 ? middle - 1 : middle, middle, of: UnsafeBufferPointer(buffer)) {
                return count % 2 == 0 ? 0.5 * (lower + upper) : upper
            }
            let upper = select(middle, in: buffer)
            guard count % 2 == 0 else { return upper }
            // Everything before `middle` is now at most `upper`: its largest is the lower middle value.
            var lower = buffer[0]
            for index in 1..<middle where buffer[index] > lower { lower = buffer[index] }
            return 0.5 * (lower + upper)
        }
    }

    /// Rearranges `buffer` so that `buffer[rank]` holds what `buffer.sorted()[rank]` would, everything
    /// before it no larger and everything after it no smaller, and returns that value. Quickselect with
    /// a median-of-three pivot and a three-way partition (expected O(n)); after 64 rounds it sorts the
    /// rest (O(n log n) at worst).
    static func select(_ rank: Int, in buffer: UnsafeMutableBufferPointer<Double>) -> Double {
        var low = 0
        var high = buffer.count - 1
        var rounds = 0
        while high > low {
            if rounds == 64 {
                var rest = UnsafeMutableBufferPointer(rebasing: buffer[low...high])
                rest.sort()
                break
            }
            rounds += 1
            let (a, b, c) = (buffer[low], buffer[(low + high) / 2], buffer[high])
            let pivot = max(min(a, b), min(max(a, b), c))
            var below = low
            var index = low
            var above = high
            while index <= above {
                if buffer[index] < pivot {
                    buffer.swapAt(below, index)
                    below += 1
                    index += 1
                } else if buffer[index] > pivot {
                    buffer.swapAt(index, above)
                    above -= 1
                } else {
                    index += 1
                }
            }
            // buffer[low..<below] < pivot, buffer[below...above] == pivot, buffer[(above + 1)...high] > pivot.
            if rank < below {
                high = below - 1
            } else if rank > above {
                low = above + 1
            } else {
                return buffer[rank]
            }
        }
        return buffer[rank]
    }

    /// The `p`-th percentile (0…100) with linear interpolation between closest ranks
    /// (rank = p/100 · (n − 1), as NumPy's default), or `nil` for no values.
    static func percentile(_ values: [Double], _ p: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let rank = min(max(p, 0), 100) / 100 * Double(sorted.count - 1)
        let below = Int(rank.rounded(.down))
        let above = min(below + 1, sorted.count - 1)
        let fraction = rank - Double(below)
        return sorted[below] + (sorted[above] - sorted[below]) * fraction
    }
}

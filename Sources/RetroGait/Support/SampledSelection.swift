/// The values at two close ranks of many `Double`s, found from a sample (Floyd and Rivest's idea): two
/// bounds taken from a sorted sample bracket the ranks, one pass without data-dependent branches counts
/// the values below the lower bound and gathers those between the bounds, and only the gathered few are
/// searched. A quickselect over all the values mispredicts about every other comparison on unordered
/// data; this pass does not.
///
/// The values are those `values.sorted()` holds at the ranks, exactly. Gives `nil` (the caller selects
/// another way) when the bounds miss a rank, which a sample makes unlikely but possible, when a value is
/// NaN (which has no place in that order), or when the bounds take in zero (which of +0 and −0 a
/// selection returns is the selection's own choice; the caller's keeps it).
enum SampledSelection {
    /// Below this many values a quickselect is as quick.
    static let minimumCount = 4096
    /// Values sampled, evenly spaced.
    private static let sampleCount = 1024
    /// How many sample ranks each bound lies beyond the ranks' place in the sample (three standard
    /// deviations of a sample rank at the median).
    private static let margin = 48

    /// `(sorted[first], sorted[second])` for `first ≤ second`, both within `0 ..< values.count`, and
    /// `values.count ≥ minimumCount`; `nil` when the sample's bounds do not serve (see above).
    static func values(atRanks first: Int, _ second: Int, of values: UnsafeBufferPointer<Double>) -> (Double, Double)? {
        let count = values.count
        precondition(count >= minimumCount && 0 <= first && first <= second && second < count, "ranks out of range")
        var sample = (0..<sampleCount).map { values[$0 * count / sampleCount] }
        sample.sort()
        let lowerBound = sample[max(0, first * sampleCount / count - margin)]
        let upperBound = sample[min(sampleCount - 1, second * sampleCount / count + margin)]
        guard !(lowerBound <= 0 && upperBound >= 0) else { return nil }

        // One pass: the count below `lowerBound`, the values within the bounds gathered (every value is
        // written, the index advances only for those within), NaNs counted.
        let gathered = UnsafeMutableBufferPointer<Double>.allocate(capacity: count)
        defer { gathered.deallocate() }
        var below = 0
        var within = 0
        var unordered = 0
        for value in values {
            below &+= value < lowerBound ? 1 : 0
            gathered[within] = value
            within &+= (value >= lowerBound ? 1 : 0) & (value <= upperBound ? 1 : 0)
            unordered &+= value != value ? 1 : 0
        }
        guard unordered == 0, below <= first, second < below + within else { return nil }
        let members = UnsafeMutableBufferPointer(rebasing: gathered[0..<within])
        let lower = OrderStatistics.select(first - below, in: members)
        guard second > first else { return (lower, lower) }
        // Everything after the first rank's place is now at least `lower`.
        let rest = UnsafeMutableBufferPointer(rebasing: members[(first - below + 1)...])
        return (lower, OrderStatistics.select(second - first - 1, in: rest))
    }
}

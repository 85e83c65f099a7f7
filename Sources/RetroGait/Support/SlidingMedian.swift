/// The median of a window of values that slides along a sequence, kept sorted as values enter and
/// leave: O(w) per move for a window of w values (small windows: a handful of neighbours), no sorting
/// and no allocation once the storage has grown. Gives exactly what ``OrderStatistics/median(_:)``
/// gives for the same values.
struct SlidingMedian {
    private var sorted: [Double] = []

    init(capacity: Int) {
        sorted.reserveCapacity(capacity)
    }

    /// The values in the window.
    var count: Int { sorted.count }

    /// The median (mean of the two middle values for an even count), or `nil` for an empty window.
    var median: Double? {
        guard !sorted.isEmpty else { return nil }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : 0.5 * (sorted[middle - 1] + sorted[middle])
    }

    /// Adds a value to the window.
    mutating func insert(_ value: Double) {
        sorted.insert(value, at: firstIndex(notBelow: value))
    }

    /// Removes one value equal to `value` from the window (which must hold it).
    mutating func remove(_ value: Double) {
        let index = firstIndex(notBelow: value)
        precondition(index < sorted.count && sorted[index] == value, "value not in the window")
        sorted.remove(at: index)
    }

    private func firstIndex(notBelow value: Double) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

/// Centred moving averages over contiguous buffers, O(n) whatever the window (running sums in Double).
enum MovingStatistics {
    /// The mean of `signal` over a centred window of `window` samples (shrunk at the ends).
    ///
    /// Each value is `Float((prefix[upper] − prefix[lower]) / Double(upper − lower))` with `prefix` the
    /// in-order running `Double` sum; where the window fits whole (`upper − lower` the same for every
    /// sample) that is one loop without the clamping, which the compiler vectorises.
    static func mean(_ signal: [Float], window: Int) -> [Float] {
        let n = signal.count
        guard n > 0 else { return [] }
        let half = max(0, window / 2)
        let prefix = UnsafeMutableBufferPointer<Double>.allocate(capacity: n + 1)
        defer { prefix.deallocate() }
        signal.withUnsafeBufferPointer { signal in
            var sum = 0.0
            prefix[0] = sum
            for i in 0..<n {
                sum += Double(signal[i])
                prefix[i + 1] = sum
            }
        }
        return means(from: UnsafeBufferPointer(prefix), count: n, half: half)
    }

    /// `mean(mean(signal, window: window), window: window)`, the same floats, in one pass over the two
    /// running sums instead of two.
    ///
    /// Each running sum is a chain of dependent `Double` additions that no other order reproduces. Here the
    /// second sum is taken `half + 1` samples behind the first, as soon as the first mean's sample it
    /// needs is known, so the two chains run side by side instead of one after the other.
    static func meanOfMean(_ signal: [Float], window: Int) -> [Float] {
        meanOfMean(signal, window: window) { _ in }
    }

    /// ``meanOfMean(_:window:)`` with `alongside` called for every sample index of `signal`, once each and
    /// in order, in the first running sum's loop: other work on the samples that is a chain of its own
    /// (a filter's recursion, ``SteppedZeroPhase``) overlaps the sums' chains.
    @inline(__always)
    static func meanOfMean(_ signal: [Float], window: Int, alongside: (Int) -> Void) -> [Float] {
        let n = signal.count
        guard n > 0 else { return [] }
        let half = max(0, window / 2)
        let first = UnsafeMutableBufferPointer<Double>.allocate(capacity: n + 1)
        defer { first.deallocate() }
        let second = UnsafeMutableBufferPointer<Double>.allocate(capacity: n + 1)
        defer { second.deallocate() }
        signal.withUnsafeBufferPointer { signal in
            /// The first mean's sample `i` (its window shrunk at the ends), from the first sums up to
            /// `min(n, i + half + 1)`.
            @inline(__always) func firstMean(_ i: Int) -> Float {
                let lower = max(0, i - half)
                let upper = min(n, i + half + 1)
                return Float((first[upper] - first[lower]) / Double(upper - lower))
            }
            var sum = 0.0
            var lagged = 0.0
            first[0] = sum
            second[0] = lagged
            // Sample i of the second sum needs the first sums up to i + half + 1.
            let lead = min(n, half)
            for j in 0..<lead {
                sum += Double(signal[j])
                first[j + 1] = sum
                alongside(j)
            }
            for j in lead..<n {
                sum += Double(signal[j])
                first[j + 1] = sum
                alongside(j)
                let i = j - half
                lagged += Double(firstMean(i))
                second[i + 1] = lagged
            }
            for i in (n - lead)..<n {
                lagged += Double(firstMean(i))
                second[i + 1] = lagged
            }
        }
        return means(from: UnsafeBufferPointer(second), count: n, half: half)
    }

    /// The centred means of `count` samples whose in-order running sums are `prefix` (`count + 1`
    /// values, the first 0), over windows of `2 · half + 1` samples shrunk at the ends.
    private static func means(from prefix: UnsafeBufferPointer<Double>, count n: Int, half: Int) -> [Float] {
        [Float](unsafeUninitializedCapacity: n) { out, initialized in
            func shrunk(_ i: Int) -> Float {
                let lower = max(0, i - half)
                let upper = min(n, i + half + 1)
                return Float((prefix[upper] - prefix[lower]) / Double(upper - lower))
            }
            // Samples `whole` have their whole window: i − half ≥ 0 and i + half + 1 ≤ n.
            let whole = min(half, n)..<max(min(half, n), n - half)
            for i in 0..<whole.lowerBound { out[i] = shrunk(i) }
            let width = Double(2 * half + 1)
            for i in whole { out[i] = Float((prefix[i + half + 1] - prefix[i - half]) / width) }
            for i in whole.upperBound..<n { out[i] = shrunk(i) }
            initialized = n
        }
    }

    /// The standard deviation of `signal` over a centred window of `window` samples.
    static func standardDeviation(_ signal: [Float], window: Int) -> [Float] {
        let average = mean(signal, window: window)
        let squares = mean(signal.map { $0 * $0 }, window: window)
        return zip(squares, average).map { max(0, $0 - $1 * $1).squareRoot() }
    }
}

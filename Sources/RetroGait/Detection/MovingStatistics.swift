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
        return [Float](unsafeUninitializedCapacity: n) { out, initialized in
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

/// Centred moving averages over contiguous buffers, O(n) whatever the window (running sums in Double).
enum MovingStatistics {
    /// The mean of `signal` over a centred window of `window` samples (shrunk at the ends).
    static func mean(_ signal: [Float], window: Int) -> [Float] {
        let n = signal.count
        guard n > 0 else { return [] }
        let half = max(0, window / 2)
        var prefix = [Double](repeating: 0, count: n + 1)
        for i in 0..<n { prefix[i + 1] = prefix[i] + Double(signal[i]) }
        return [Float](unsafeUninitializedCapacity: n) { out, initialized in
            for i in 0..<n {
                let lower = max(0, i - half)
                let upper = min(n, i + half + 1)
                out[i] = Float((prefix[upper] - prefix[lower]) / Double(upper - lower))
            }
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

extension PeakDetection {
    /// The prominences of `peaks` when every one of them is among `maxima` (the signal's local maxima,
    /// ``localMaxima(_:)``, ascending) and they ascend; `nil` otherwise. The same values as
    /// ``prominences(of:in:)``'s walk over every sample, found from the local maxima alone.
    ///
    /// The nearest sample strictly higher than a local maximum `p` lies on the slope of the nearest local
    /// maximum higher than `p` (or, with none, on a run from the signal's end that only falls towards
    /// `p`), and every sample between that maximum and the higher sample is itself higher than `p`. So
    /// the minimum between `p` and the nearest higher sample is the minimum between `p` and the nearest
    /// higher local maximum: one pass over the signal takes the minimum of each gap between neighbouring
    /// maxima, and monotonic stacks over the maxima (about a tenth of the samples) combine the gaps.
    /// - Complexity: O(n + m) for `m` local maxima; allocates O(m).
    static func prominences(of peaks: [Int], among maxima: [Int], in signal: [Float]) -> [Float]? {
        let count = maxima.count
        guard !peaks.isEmpty else { return [] }
        guard count > 0, signal.count >= 3 else { return nil }
        // Where each peak stands among the maxima, by one merged walk (both ascend).
        var ranks = [Int](repeating: 0, count: peaks.count)
        var rank = 0
        for (position, peak) in peaks.enumerated() {
            while rank < count && maxima[rank] < peak { rank += 1 }
            guard rank < count, maxima[rank] == peak else { return nil }
            ranks[position] = rank
        }
        return signal.withUnsafeBufferPointer { x in
            // gaps[k]: the minimum strictly between maxima k − 1 and k (the signal's ends beyond the first
            // and last); never empty, as a local maximum's neighbours are lower.
            let gaps = UnsafeMutableBufferPointer<Float>.allocate(capacity: count + 1)
            let leftBases = UnsafeMutableBufferPointer<Float>.allocate(capacity: count)
            defer { gaps.deallocate(); leftBases.deallocate() }
            var start = 0
            for k in 0...count {
                let end = k < count ? maxima[k] : x.count
                var minimum = x[start]
                for index in (start + 1)..<end { minimum = min(minimum, x[index]) }
                gaps[k] = minimum
                start = end + 1
            }
            var leftward = HigherValueStack(capacity: count)
            defer { leftward.deallocate() }
            for k in 0..<count { leftBases[k] = leftward.push(x[maxima[k]], minimum: gaps[k]) }
            // Right bases only where a peak needs them, from a right-to-left stack over all maxima.
            var result = [Float](repeating: 0, count: peaks.count)
            var next = peaks.count - 1
            var rightward = HigherValueStack(capacity: count)
            defer { rightward.deallocate() }
            for k in stride(from: count - 1, through: 0, by: -1) {
                let value = x[maxima[k]]
                let minimum = rightward.push(value, minimum: gaps[k + 1])
                while next >= 0 && ranks[next] == k {
                    result[next] = value - max(leftBases[k], minimum)
                    next -= 1
                }
            }
            return result
        }
    }
}

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
            // One allocation for the gaps' minima and the left bases.
            let scratch = UnsafeMutableBufferPointer<Float>.allocate(capacity: 2 * count + 1)
            defer { scratch.deallocate() }
            let gaps = UnsafeMutableBufferPointer(rebasing: scratch[0...count])
            let leftBases = UnsafeMutableBufferPointer(rebasing: scratch[(count + 1)...])
            var start = 0
            for k in 0...count {
                let end = k < count ? maxima[k] : x.count
                var minimum = x[start]
                for index in (start + 1)..<end { minimum = min(minimum, x[index]) }
                gaps[k] = minimum
                start = end + 1
            }
            var stack = HigherValueStack(capacity: count)
            defer { stack.deallocate() }
            for k in 0..<count { leftBases[k] = stack.push(x[maxima[k]], minimum: gaps[k]) }
            // Right bases only where a peak needs them, from a right-to-left stack over all maxima.
            stack.removeAll()
            var result = [Float](repeating: 0, count: peaks.count)
            var next = peaks.count - 1
            for k in stride(from: count - 1, through: 0, by: -1) {
                let value = x[maxima[k]]
                let minimum = stack.push(value, minimum: gaps[k + 1])
                while next >= 0 && ranks[next] == k {
                    result[next] = value - max(leftBases[k], minimum)
                    next -= 1
                }
            }
            return result
        }
    }
}

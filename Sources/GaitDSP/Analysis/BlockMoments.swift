/// Sums over consecutive blocks of a signal — of the values, their squares and their magnitudes, in
/// `Double` — from which the variance and mean magnitude of any window made of whole blocks follow in
/// a few additions: the moments of windows that slide by whole blocks without a pass over each window.
///
/// The variance is the one-pass `Σx²/n − (Σx/n)²`, which cancels when the mean is large against the
/// spread; ``moments(of:)`` therefore also gives a bound on its rounding error, so that a caller
/// comparing the variance with a bar can tell when the estimate cannot decide.
package struct BlockMoments {
    /// Samples per block.
    package let blockLength: Int
    /// Per block: (Σx, Σx², Σ|x|, unused).
    private let sums: [SIMD4<Double>]

    /// Sums the whole blocks of `signal` (a last partial block is left out); `blockLength` ≥ 1.
    package init(_ signal: UnsafeBufferPointer<Float>, blockLength: Int) {
        precondition(blockLength >= 1, "blocks hold at least one sample")
        self.blockLength = blockLength
        let count = signal.count / blockLength
        guard count > 0, let base = signal.baseAddress else {
            sums = []
            return
        }
        sums = [SIMD4<Double>](unsafeUninitializedCapacity: count) { sums, initialized in
            for block in 0..<count {
                sums[block] = Self.sums(UnsafeBufferPointer(start: base + block * blockLength, count: blockLength))
            }
            initialized = count
        }
    }

    /// The sums of one block, four lanes at a time.
    private static func sums(_ values: UnsafeBufferPointer<Float>) -> SIMD4<Double> {
        let raw = UnsafeRawPointer(values.baseAddress!)
        let chunks = values.count / 4
        var sum = SIMD4<Double>()
        var squares = SIMD4<Double>()
        var magnitudes = SIMD4<Double>()
        for chunk in 0..<chunks {
            let lanes = SIMD4<Double>(raw.loadUnaligned(fromByteOffset: chunk * 16, as: SIMD4<Float>.self))
            sum += lanes
            squares += lanes * lanes
            magnitudes += lanes.replacing(with: -lanes, where: lanes .< 0)
        }
        var result = SIMD4<Double>(sum.sum(), squares.sum(), magnitudes.sum(), 0)
        for index in (chunks * 4)..<values.count {
            let value = Double(values[index])
            result += SIMD4(value, value * value, abs(value), 0)
        }
        return result
    }

    /// The variance (population), the mean magnitude and a bound on the variance's rounding error of
    /// `window`, or `nil` when `window` does not start and end on block boundaries within the whole
    /// blocks, or its moments are not finite.
    ///
    /// The bound covers every addition of the block sums and of the window's, and the cancellation in
    /// `Σx²/n − (Σx/n)²`: `8·(n + 16)·2⁻⁵³·Σx²/n`, generous by a factor of about two.
    package func moments(of window: Range<Int>) -> (variance: Double, meanMagnitude: Double, varianceError: Double)? {
        let first = window.lowerBound / blockLength
        guard !window.isEmpty, window.lowerBound % blockLength == 0, window.count % blockLength == 0,
              first + window.count / blockLength <= sums.count else { return nil }
        var total = SIMD4<Double>()
        for block in first..<(first + window.count / blockLength) { total += sums[block] }
        let count = Double(window.count)
        let mean = total[0] / count
        let meanSquare = total[1] / count
        let variance = max(0, meanSquare - mean * mean)
        let error = 8 * (count + 16) * 0x1p-53 * meanSquare
        guard variance.isFinite, meanSquare.isFinite, total[2].isFinite else { return nil }
        return (variance, total[2] / count, error)
    }
}

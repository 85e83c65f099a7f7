/// Where a vector signal sampled in three channels stays nearly constant: the stretches in which every
/// window of whole blocks has a small pooled variance (the mean squared distance of the vectors from
/// their mean vector).
///
/// One pass sums each block's channels and squared lengths in `Double`; every window of
/// `windowBlocks` consecutive blocks then follows from its blocks' sums. A stretch is the union of
/// consecutive windows that are all quiet, so any span of up to `(windowBlocks − 1) · blockLength`
/// samples inside a stretch lies within one quiet window.
package struct QuietStretches {
    /// Samples per block.
    package let blockLength: Int
    /// Blocks per window.
    package let windowBlocks: Int
    /// The quiet stretches, as sample ranges in order, none overlapping or touching another.
    package let stretches: [Range<Int>]

    /// Finds the quiet stretches of `x`, `y`, `z` (equal lengths): those whose windows of `windowBlocks`
    /// blocks of `blockLength` samples all have a pooled variance at most `maximumDeviation²`. A partial
    /// block at the end and any window with a value that is not finite are never quiet.
    package init(
        _ x: UnsafeBufferPointer<Float>, _ y: UnsafeBufferPointer<Float>, _ z: UnsafeBufferPointer<Float>,
        blockLength: Int, windowBlocks: Int, maximumDeviation: Double
    ) {
        precondition(x.count == y.count && y.count == z.count, "channels must have the same length")
        precondition(blockLength >= 1 && windowBlocks >= 1, "blocks and windows hold at least one sample")
        self.blockLength = blockLength
        self.windowBlocks = windowBlocks
        let blocks = x.count / blockLength
        guard blocks >= windowBlocks else {
            stretches = []
            return
        }
        // The last `windowBlocks` blocks' sums in a ring on the stack, and how many of them are not finite
        // (counted as zero in the running total; a window holding one is loud). Nothing is allocated
        // unless a stretch is found.
        let bar = maximumDeviation * maximumDeviation
        let count = Double(windowBlocks * blockLength)
        var found: [Range<Int>] = []
        var open: Int?
        withUnsafeTemporaryAllocation(of: SIMD4<Double>.self, capacity: windowBlocks) { ring in
            ring.initialize(repeating: .zero)
            var total = SIMD4<Double>.zero
            var loudBlocks = 0
            for block in 0..<blocks {
                let start = block * blockLength
                let sums = Self.sums(x.baseAddress! + start, y.baseAddress! + start, z.baseAddress! + start, count: blockLength)
                let slot = block % windowBlocks
                if block >= windowBlocks {
                    let leaving = ring[slot]
                    if leaving.sum().isFinite { total -= leaving } else { loudBlocks -= 1 }
                }
                ring[slot] = sums
                if sums.sum().isFinite { total += sums } else { loudBlocks += 1 }
                guard block >= windowBlocks - 1 else { continue }
                let window = block + 1 - windowBlocks
                // Summed afresh now and then, so the running total's rounding cannot build up.
                if window % 1024 == 0 {
                    total = ring.reduce(SIMD4<Double>.zero) { $1.sum().isFinite ? $0 + $1 : $0 }
                }
                let mean = SIMD3<Double>(total[0], total[1], total[2]) / count
                let variance = total[3] / count - (mean * mean).sum()
                let quiet = loudBlocks == 0 && variance <= bar
                if quiet, open == nil { open = window }
                if !quiet, let first = open {
                    found.append((first * blockLength)..<((window - 1 + windowBlocks) * blockLength))
                    open = nil
                }
            }
        }
        if let first = open { found.append((first * blockLength)..<(blocks * blockLength)) }
        stretches = found
    }

    /// One block's (Σx, Σy, Σz, Σ(x² + y² + z²)), four samples at a time.
    private static func sums(
        _ x: UnsafePointer<Float>, _ y: UnsafePointer<Float>, _ z: UnsafePointer<Float>, count: Int
    ) -> SIMD4<Double> {
        let chunks = count / 4
        var sx = SIMD4<Double>(), sy = SIMD4<Double>(), sz = SIMD4<Double>(), squares = SIMD4<Double>()
        for chunk in 0..<chunks {
            let a = SIMD4<Double>(UnsafeRawPointer(x + 4 * chunk).loadUnaligned(as: SIMD4<Float>.self))
            let b = SIMD4<Double>(UnsafeRawPointer(y + 4 * chunk).loadUnaligned(as: SIMD4<Float>.self))
            let c = SIMD4<Double>(UnsafeRawPointer(z + 4 * chunk).loadUnaligned(as: SIMD4<Float>.self))
            sx += a
            sy += b
            sz += c
            squares += a * a + b * b + c * c
        }
        var result = SIMD4<Double>(sx.sum(), sy.sum(), sz.sum(), squares.sum())
        for index in (chunks * 4)..<count {
            let (a, b, c) = (Double(x[index]), Double(y[index]), Double(z[index]))
            result += SIMD4(a, b, c, a * a + b * b + c * c)
        }
        return result
    }
}

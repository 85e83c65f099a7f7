internal import CLaneKernels

/// Lengths, projections and changes of four-lane samples `(x, y, z, ·)` (the fourth lane is ignored), one
/// value per sample, in the AVX kernels where the processor has them (`LaneKernels`) and in Swift
/// elsewhere: the same floats bit for bit.
public enum LaneGeometry {
    /// For every sample `i`: `norms[i] = |a[i]|`; `components[i]`, the component of `a[i]` along
    /// `b[i]`, `a[i]·b[i] / |b[i]|`, or `|a[i]|` where `|b[i]|` is not above 0.001; and
    /// `changes[i] = |a[i] − a[i − 1]| · rate` (`changes[0]` is 0). Every squared length and dot product
    /// is summed as `(x·x + y·y) + z·z` in `Float`.
    ///
    /// - Precondition: `b` and the three outputs have `a.count` elements.
    /// - Complexity: O(n), no allocation.
    public static func measure(
        _ a: UnsafeBufferPointer<SIMD4<Float>>, along b: UnsafeBufferPointer<SIMD4<Float>>, rate: Float,
        norms: UnsafeMutableBufferPointer<Float>, components: UnsafeMutableBufferPointer<Float>,
        changes: UnsafeMutableBufferPointer<Float>
    ) {
        measure(a, along: b, rate: rate, norms: norms, components: components, changes: changes,
                usingLaneKernels: LaneKernels.isAvailable)
    }

    /// ``measure(_:along:rate:norms:components:changes:)`` in Swift (`usingLaneKernels` false) or in the
    /// AVX kernels (true: only where `LaneKernels/isAvailable`).
    static func measure(
        _ a: UnsafeBufferPointer<SIMD4<Float>>, along b: UnsafeBufferPointer<SIMD4<Float>>, rate: Float,
        norms: UnsafeMutableBufferPointer<Float>, components: UnsafeMutableBufferPointer<Float>,
        changes: UnsafeMutableBufferPointer<Float>, usingLaneKernels: Bool
    ) {
        let n = a.count
        precondition(b.count == n && norms.count == n && components.count == n && changes.count == n,
                     "samples and outputs must have the same count")
        guard n > 0 else { return }
        func portable(_ range: Range<Int>) {
            for i in range {
                let (x, y, z) = (a[i][0], a[i][1], a[i][2])
                let (gx, gy, gz) = (b[i][0], b[i][1], b[i][2])
                norms[i] = (x * x + y * y + z * z).squareRoot()
                let length = (gx * gx + gy * gy + gz * gz).squareRoot()
                components[i] = length > 1e-3 ? (x * gx + y * gy + z * gz) / length : norms[i]
                if i > 0 {
                    let previous = a[i - 1]
                    let (dx, dy, dz) = (x - previous[0], y - previous[1], z - previous[2])
                    changes[i] = (dx * dx + dy * dy + dz * dz).squareRoot() * rate
                } else {
                    changes[i] = 0
                }
            }
        }
        guard usingLaneKernels else { return portable(0..<n) }
        let done = a.baseAddress!.withMemoryRebound(to: Float.self, capacity: 4 * n) { a in
            b.baseAddress!.withMemoryRebound(to: Float.self, capacity: 4 * n) { b in
                lane_kernels_geometry(
                    a, b, 1, n, rate, norms.baseAddress!, components.baseAddress!, changes.baseAddress!)
            }
        }
        portable(0..<1)
        portable(done..<n)
    }
}

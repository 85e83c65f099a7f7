internal import CLaneKernels

/// Hot loops in 256-bit AVX registers (the header-only C module `CLaneKernels`), used where the
/// processor has AVX: the biquad recursions of the three-channel zero-phase filters and the loops
/// around ``Autocorrelation``'s transforms.
///
/// The package is built for the baseline x86-64 target (SSE2), where a four-lane `Double` vector
/// takes two registers and the recursions run out of registers; the kernels run the same arithmetic
/// (the same multiplies and adds in the same order, no fused multiply-add) in one register per vector,
/// so the results are those of the portable Swift code bit for bit.
enum LaneKernels {
    /// Whether this processor runs the kernels (checked once, at first use).
    static let isAvailable = lane_kernels_available() != 0

    /// Runs `body` with `buffer`'s samples seen as `4 · buffer.count` floats (nil when empty).
    static func withFloats(
        _ buffer: UnsafeMutableBufferPointer<SIMD4<Float>>, _ body: (UnsafeMutablePointer<Float>?) -> Void
    ) {
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return body(nil) }
        base.withMemoryRebound(to: Float.self, capacity: 4 * buffer.count) { body($0) }
    }
}

/// A fixed-size buffer of FFT scalars aligned as FFTW's plans require, so transforms run on it directly
/// instead of on an aligned copy. Scratch space owned by one user at a time (check
/// `isKnownUniquelyReferenced` before writing to a shared one).
final class AlignedScalars<Scalar: RealFFTScalar>: @unchecked Sendable {
    /// The first of ``count`` scalars (initialised to zero).
    let pointer: UnsafeMutablePointer<Scalar>
    /// How many scalars the buffer holds.
    let count: Int

    init(count: Int) {
        self.count = count
        let raw = UnsafeMutableRawPointer.allocate(
            byteCount: max(count, 1) * MemoryLayout<Scalar>.stride, alignment: FFTExecution.scratchAlignment)
        pointer = raw.bindMemory(to: Scalar.self, capacity: max(count, 1))
        pointer.initialize(repeating: Scalar.zero, count: max(count, 1))
    }

    deinit { pointer.deallocate() }
}

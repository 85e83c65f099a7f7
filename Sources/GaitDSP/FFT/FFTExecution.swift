internal import CFFTW

/// Thin, type-dispatching wrappers around FFTW's new-array execute functions.
///
/// Plans were made on SIMD-aligned arrays, so FFTW may only be handed arrays with the same alignment.
/// Every entry point checks the caller's pointers and, if they are not aligned, runs the transform on a
/// temporary aligned copy instead.
enum FFTExecution {
    /// Alignment in bytes used for temporary buffers; at least FFTW's SIMD alignment on any target.
    static let scratchAlignment = 64

    /// Whether FFTW considers `pointer` aligned like the arrays the plans were created with.
    static func isAligned<Scalar: RealFFTScalar>(_ pointer: UnsafeMutablePointer<Scalar>) -> Bool {
        let raw = UnsafeMutableRawPointer(pointer)
        switch Scalar.fftPrecision {
        case .single: return fftwf_alignment_of(raw.assumingMemoryBound(to: Float.self)) == 0
        case .double: return fftw_alignment_of(raw.assumingMemoryBound(to: Double.self)) == 0
        }
    }

    /// r2c: `input` holds `n` scalars, `output` receives `n/2+1` interleaved complex values.
    /// Pointers must be aligned (see ``isAligned(_:)``). `input` is not modified.
    static func forward<Scalar: RealFFTScalar>(
        plan: FFTPlanHandle, input: UnsafeMutablePointer<Scalar>, output: UnsafeMutablePointer<Scalar>
    ) {
        let rawIn = UnsafeMutableRawPointer(input)
        let rawOut = UnsafeMutableRawPointer(output)
        switch Scalar.fftPrecision {
        case .single:
            fftwf_execute_dft_r2c(
                plan.pointer, rawIn.assumingMemoryBound(to: Float.self),
                rawOut.assumingMemoryBound(to: fftwf_complex.self))
        case .double:
            fftw_execute_dft_r2c(
                plan.pointer, rawIn.assumingMemoryBound(to: Double.self),
                rawOut.assumingMemoryBound(to: fftw_complex.self))
        }
    }

    /// c2r: `input` holds `n/2+1` interleaved complex values and is destroyed; `output` receives `n`
    /// unnormalised scalars. Pointers must be aligned.
    static func inverse<Scalar: RealFFTScalar>(
        plan: FFTPlanHandle, input: UnsafeMutablePointer<Scalar>, output: UnsafeMutablePointer<Scalar>
    ) {
        let rawIn = UnsafeMutableRawPointer(input)
        let rawOut = UnsafeMutableRawPointer(output)
        switch Scalar.fftPrecision {
        case .single:
            fftwf_execute_dft_c2r(
                plan.pointer, rawIn.assumingMemoryBound(to: fftwf_complex.self),
                rawOut.assumingMemoryBound(to: Float.self))
        case .double:
            fftw_execute_dft_c2r(
                plan.pointer, rawIn.assumingMemoryBound(to: fftw_complex.self),
                rawOut.assumingMemoryBound(to: Double.self))
        }
    }

    /// Runs `body` with an uninitialised, SIMD-aligned buffer of `count` scalars (stack when small).
    static func withAlignedScratch<Scalar: RealFFTScalar, Result>(
        of _: Scalar.Type, count: Int, _ body: (UnsafeMutablePointer<Scalar>) -> Result
    ) -> Result {
        withUnsafeTemporaryAllocation(
            byteCount: max(count, 1) * MemoryLayout<Scalar>.stride, alignment: scratchAlignment
        ) { raw in
            let typed = raw.baseAddress!.bindMemory(to: Scalar.self, capacity: max(count, 1))
            return body(typed)
        }
    }
}

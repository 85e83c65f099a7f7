/// A real-input fast Fourier transform of one fixed length, executed by FFTW.
///
/// - Forward: `n` real samples → `n/2 + 1` complex bins, unnormalised (`X[k] = Σ x[j] e^(−2πi jk/n)`).
/// - Inverse: `n/2 + 1` bins → `n` real samples, scaled by `1/n`, so `inverse(forward(x)) == x`.
///
/// Plans are created once per (length, direction, precision) with `FFTW_ESTIMATE` and cached: the
/// process keeps the 16 most recently requested, and a `RealFFT` value keeps its own plans alive for as
/// long as it exists. Planning is serialised by a global lock. A `RealFFT` value is immutable
/// and `Sendable`; any number of tasks may use the same value, or values of the same length,
/// concurrently. Any length ≥ 1 works; lengths whose factors are 2, 3, 5 and 7 are fastest
/// (see ``RealFFT/fastLength(atLeast:)``).
///
/// Complexity: O(n log n) per transform. The buffer-pointer entry points allocate nothing when the
/// buffers are SIMD-aligned (normal for Swift arrays on 64-bit platforms); otherwise they transform via
/// a temporary aligned copy. The array entry points allocate their results.
public struct RealFFT<Scalar: RealFFTScalar>: Sendable {
    /// Number of real samples per transform.
    public let length: Int
    let forwardPlan: FFTPlanHandle
    /// `nil` for a transform made for forward use only; ``inverse(interleavedSpectrum:into:)`` then
    /// fetches the plan from the cache on each call.
    let inversePlan: FFTPlanHandle?

    /// Creates (or fetches from the cache) the forward and inverse plans for `length` samples.
    ///
    /// - Parameter length: transform length, `1 ... Int32.max`.
    /// - Complexity: planning is O(n log n) the first time a length is used, O(1) afterwards.
    public init(length: Int) {
        self.init(length: length, planningInverse: true)
    }

    /// A transform of `length` samples whose inverse plan is made only if `planningInverse` (planning a
    /// long, new length costs about as much as several transforms of it, so forward-only users skip it).
    init(length: Int, planningInverse: Bool) {
        precondition(length >= 1 && length <= Int(Int32.max), "FFT length must be in 1...Int32.max")
        precondition(
            MemoryLayout<Scalar>.size == (Scalar.fftPrecision == .single ? 4 : 8),
            "RealFFTScalar conformance of an unsupported type")
        self.length = length
        forwardPlan = FFTPlanCache.shared.plan(for: Self.planKey(length, .forward))
        inversePlan = planningInverse ? FFTPlanCache.shared.plan(for: Self.planKey(length, .inverse)) : nil
    }

    static func planKey(_ length: Int, _ direction: FFTDirection) -> FFTPlanKey {
        FFTPlanKey(length: length, direction: direction, precision: Scalar.fftPrecision)
    }

    /// Number of complex bins in a spectrum: `length / 2 + 1`.
    public var binCount: Int { length / 2 + 1 }

    /// Frequency in Hz of bin `k` for a signal sampled at `sampleRate` Hz: `k · sampleRate / length`.
    public func frequency(ofBin k: Int, sampleRate: Double) -> Double {
        Double(k) * sampleRate / Double(length)
    }

    // MARK: Buffer-pointer API (no allocation for aligned buffers)

    /// Forward transform into an interleaved spectrum (`re₀, im₀, re₁, im₁, …`).
    ///
    /// - Parameters:
    ///   - signal: exactly ``length`` samples; not modified.
    ///   - spectrum: exactly `2 · binCount` scalars; overwritten.
    /// - Complexity: O(n log n).
    public func forward(
        _ signal: UnsafeBufferPointer<Scalar>, interleavedSpectrum spectrum: UnsafeMutableBufferPointer<Scalar>
    ) {
        precondition(signal.count == length, "signal must have exactly `length` samples")
        precondition(spectrum.count == 2 * binCount, "spectrum must have 2 · binCount scalars")
        let input = UnsafeMutablePointer(mutating: signal.baseAddress!)
        let output = spectrum.baseAddress!
        let inputAligned = FFTExecution.isAligned(input)
        let outputAligned = FFTExecution.isAligned(output)
        switch (inputAligned, outputAligned) {
        case (true, true):
            FFTExecution.forward(plan: forwardPlan, input: input, output: output)
        case (true, false):
            FFTExecution.withAlignedScratch(of: Scalar.self, count: spectrum.count) { out in
                FFTExecution.forward(plan: forwardPlan, input: input, output: out)
                output.update(from: out, count: spectrum.count)
            }
        case (false, _):
            FFTExecution.withAlignedScratch(of: Scalar.self, count: length + spectrum.count) { scratch in
                scratch.update(from: input, count: length)
                let out = scratch + length
                // `length` scalars may leave `out` misaligned; fall back to a second scratch if so.
                if FFTExecution.isAligned(out) {
                    FFTExecution.forward(plan: forwardPlan, input: scratch, output: out)
                    output.update(from: out, count: spectrum.count)
                } else {
                    FFTExecution.withAlignedScratch(of: Scalar.self, count: spectrum.count) { out2 in
                        FFTExecution.forward(plan: forwardPlan, input: scratch, output: out2)
                        output.update(from: out2, count: spectrum.count)
                    }
                }
            }
        }
    }

    /// Inverse transform of an interleaved spectrum, scaled by `1/length`.
    ///
    /// The imaginary parts of bin 0 (and of bin `n/2` for even `n`) are ignored, as for any
    /// Hermitian spectrum.
    /// - Parameters:
    ///   - spectrum: exactly `2 · binCount` scalars; not modified.
    ///   - signal: exactly ``length`` scalars; overwritten.
    /// - Complexity: O(n log n). FFTW's c2r destroys its input, so the spectrum is copied to a
    ///   temporary aligned buffer (stack or one heap allocation).
    public func inverse(
        interleavedSpectrum spectrum: UnsafeBufferPointer<Scalar>, into signal: UnsafeMutableBufferPointer<Scalar>
    ) {
        precondition(spectrum.count == 2 * binCount, "spectrum must have 2 · binCount scalars")
        precondition(signal.count == length, "signal must have exactly `length` samples")
        let output = signal.baseAddress!
        let scale = 1 / Scalar(length)
        let inversePlan = inversePlan ?? FFTPlanCache.shared.plan(for: Self.planKey(length, .inverse))
        FFTExecution.withAlignedScratch(of: Scalar.self, count: spectrum.count) { input in
            input.update(from: spectrum.baseAddress!, count: spectrum.count)
            if FFTExecution.isAligned(output) {
                FFTExecution.inverse(plan: inversePlan, input: input, output: output)
            } else {
                FFTExecution.withAlignedScratch(of: Scalar.self, count: length) { out in
                    FFTExecution.inverse(plan: inversePlan, input: input, output: out)
                    output.update(from: out, count: length)
                }
            }
        }
        for index in 0..<length { output[index] *= scale }
    }

    // MARK: Array API

    /// Forward transform of `signal` (exactly ``length`` samples) into a split spectrum. O(n log n).
    public func forward(_ signal: [Scalar]) -> ComplexSpectrum<Scalar> {
        precondition(signal.count == length, "signal must have exactly `length` samples")
        let bins = binCount
        var interleaved = [Scalar](repeating: 0, count: 2 * bins)
        signal.withUnsafeBufferPointer { input in
            interleaved.withUnsafeMutableBufferPointer { forward(input, interleavedSpectrum: $0) }
        }
        var real = [Scalar](repeating: 0, count: bins)
        var imaginary = [Scalar](repeating: 0, count: bins)
        for k in 0..<bins {
            real[k] = interleaved[2 * k]
            imaginary[k] = interleaved[2 * k + 1]
        }
        return ComplexSpectrum(real: real, imaginary: imaginary)
    }

    /// Inverse transform of a split spectrum (exactly ``binCount`` bins), scaled by `1/length`.
    /// O(n log n).
    public func inverse(_ spectrum: ComplexSpectrum<Scalar>) -> [Scalar] {
        precondition(spectrum.count == binCount, "spectrum must have exactly `binCount` bins")
        var interleaved = [Scalar](repeating: 0, count: 2 * binCount)
        for k in 0..<binCount {
            interleaved[2 * k] = spectrum.real[k]
            interleaved[2 * k + 1] = spectrum.imaginary[k]
        }
        var signal = [Scalar](repeating: 0, count: length)
        interleaved.withUnsafeBufferPointer { input in
            signal.withUnsafeMutableBufferPointer { inverse(interleavedSpectrum: input, into: $0) }
        }
        return signal
    }
}

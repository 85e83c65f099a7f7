internal import CLaneKernels

/// Normalised autocorrelation of a real signal.
public enum Autocorrelation {
    /// Autocorrelation for lags `0 ... maxLag`, computed through the FFT.
    ///
    /// The mean is removed first; the result is the biased estimate
    /// `r[k] = Σᵢ (xᵢ − x̄)(xᵢ₊ₖ − x̄) / Σᵢ (xᵢ − x̄)²`, so `r[0] == 1` (every value is 0 when the signal is
    /// constant or empty). Lags ≥ `signal.count` are 0. The transform is zero-padded to at least
    /// `count + maxLag` samples, so there is no circular wrap-around.
    ///
    /// The mean is summed in `Double`; the centred signal, both transforms and the power spectrum are
    /// `Float` (single-precision FFTW), and each lag is scaled by the reciprocal of lag 0 in `Double`. The values agree
    /// with an exact computation to about 10⁻⁶ (of lag 0's 1) for windows of a few hundred samples:
    /// the rhythm search compares correlations that differ far more than that.
    ///
    /// - Returns: `maxLag + 1` values (empty if `maxLag < 0`).
    /// - Complexity: O(m log m) with `m ≈ count + min(maxLag, count)`.
    public static func compute(_ signal: [Float], maxLag: Int) -> [Float] {
        var workspace = Workspace()
        var result: [Float] = []
        signal.withUnsafeBufferPointer { compute($0, maxLag: maxLag, into: &result, workspace: &workspace) }
        return result
    }

    /// Buffers and FFT plans kept between calls of
    /// ``compute(_:maxLag:into:workspace:)``, so that many autocorrelations of windows of one length
    /// (a sliding-window rhythm estimate) allocate nothing after the first.
    public struct Workspace: Sendable {
        var fft: RealFFT<Float>?
        /// The padded signal, then the autocovariance: SIMD-aligned, so FFTW works on it in place of a copy.
        var signal: AlignedScalars<Float>?
        /// The spectrum, then the power spectrum as (power, 0) pairs.
        var spectrum: AlignedScalars<Float>?

        /// An empty workspace; it grows on first use.
        public init() {}

        /// Buffers for transforms of `length`, not shared with any other copy of this workspace.
        mutating func prepare(length: Int) -> RealFFT<Float> {
            if fft?.length != length {
                fft = RealFFT<Float>(length: length)
                signal = nil
                spectrum = nil
            }
            if !isKnownUniquelyReferenced(&signal) { signal = AlignedScalars(count: length) }
            if !isKnownUniquelyReferenced(&spectrum) {
                spectrum = AlignedScalars(count: 2 * (length / 2 + 1))
            }
            return fft!
        }
    }

    /// ``compute(_:maxLag:)`` into `result` (replaced by `maxLag + 1` values), reusing `workspace`'s
    /// buffers and plans: the same values, bit for bit, without allocating once the workspace has seen
    /// the transform length.
    public static func compute(
        _ signal: UnsafeBufferPointer<Float>, maxLag: Int, into result: inout [Float], workspace: inout Workspace
    ) {
        compute(signal, maxLag: maxLag, into: &result, workspace: &workspace, usingLaneKernels: LaneKernels.isAvailable)
    }

    /// ``compute(_:maxLag:into:workspace:)`` with the loops around the transforms in Swift
    /// (`usingLaneKernels` false) or in the AVX kernels (true: only where ``LaneKernels/isAvailable``);
    /// the same values bit for bit.
    static func compute(
        _ signal: UnsafeBufferPointer<Float>, maxLag: Int, into result: inout [Float], workspace: inout Workspace,
        usingLaneKernels: Bool
    ) {
        result.removeAll(keepingCapacity: true)
        guard maxLag >= 0 else { return }
        result.append(contentsOf: repeatElement(0, count: maxLag + 1))
        let count = signal.count
        guard count > 0 else { return }
        let usefulLag = min(maxLag, count - 1)

        let length = RealFFT<Float>.radixTwoLength(atLeast: count + usefulLag + 1)
        let fft = workspace.prepare(length: length)
        let padded = workspace.signal!.pointer
        let spectrum = workspace.spectrum!.pointer
        centre(signal, into: padded, length: length, usingLaneKernels: usingLaneKernels)

        // Wiener–Khinchin: autocovariance = inverse FFT of the power spectrum, both transforms straight
        // between the two aligned buffers (the power replaces the spectrum as (power, 0) pairs).
        FFTExecution.forward(plan: fft.forwardPlan, input: padded, output: spectrum)
        if usingLaneKernels {
            lane_kernels_power(spectrum, fft.binCount)
        } else {
            for k in 0..<fft.binCount {
                let (re, im) = (spectrum[2 * k], spectrum[2 * k + 1])
                spectrum[2 * k] = re * re + im * im
                spectrum[2 * k + 1] = 0
            }
        }
        FFTExecution.inverse(plan: fft.inversePlan!, input: spectrum, output: padded)
        // The inverse transform is unnormalised (each lag `length` times the autocovariance), which the
        // division by lag 0 cancels.
        let zeroLag = Double(padded[0])
        guard zeroLag > 0, zeroLag.isFinite else { return }
        let inverseZeroLag = 1 / zeroLag
        result.withUnsafeMutableBufferPointer { result in
            if usingLaneKernels {
                lane_kernels_normalised(padded, usefulLag + 1, inverseZeroLag, result.baseAddress!)
            } else {
                for lag in 0...usefulLag {
                    result[lag] = Float(Double(padded[lag]) * inverseZeroLag)
                }
            }
            result[0] = 1
        }
    }

    /// Writes `signal` less its mean (the in-order `Double` sum over the count; each difference taken in
    /// `Double`, then rounded to `Float`) into `padded`, then zeros up to `length`; returns the mean.
    /// `signal` is not empty and `length ≥ signal.count`.
    @discardableResult
    static func centre(
        _ signal: UnsafeBufferPointer<Float>, into padded: UnsafeMutablePointer<Float>, length: Int, usingLaneKernels: Bool
    ) -> Double {
        let count = signal.count
        if usingLaneKernels { return lane_kernels_centered(signal.baseAddress!, count, padded, length) }
        var sum = 0.0
        for value in signal { sum += Double(value) }
        let mean = sum / Double(count)
        for index in 0..<count { padded[index] = Float(Double(signal[index]) - mean) }
        for index in count..<length { padded[index] = 0 }
        return mean
    }
}

/// The non-redundant half of the spectrum of a real signal, in split (real, imaginary) form.
///
/// For a signal of length `n` there are `n / 2 + 1` bins; bin `k` is the frequency `k · sampleRate / n`.
/// Values are unnormalised DFT sums, `X[k] = Σ x[j] · e^(−2πi·jk/n)`.
public struct ComplexSpectrum<Scalar: RealFFTScalar>: Sendable, Equatable {
    /// Real parts, one per bin.
    public var real: [Scalar]
    /// Imaginary parts, one per bin.
    public var imaginary: [Scalar]

    /// Creates a spectrum from split parts. Both arrays must have the same count.
    public init(real: [Scalar], imaginary: [Scalar]) {
        precondition(real.count == imaginary.count, "real and imaginary parts differ in length")
        self.real = real
        self.imaginary = imaginary
    }

    /// Number of bins.
    public var count: Int { real.count }

    /// Squared magnitudes `re² + im²` per bin (unnormalised power). O(bins).
    public var power: [Scalar] {
        var result = [Scalar](repeating: 0, count: real.count)
        for k in 0..<real.count {
            result[k] = real[k] * real[k] + imaginary[k] * imaginary[k]
        }
        return result
    }
}

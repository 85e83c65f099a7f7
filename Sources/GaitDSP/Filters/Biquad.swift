/// One second-order IIR section with `a0` normalised to 1:
/// `H(z) = (b0 + b1 z⁻¹ + b2 z⁻²) / (1 + a1 z⁻¹ + a2 z⁻²)`.
///
/// The coefficient layout matches one row `[b0, b1, b2, 1, a1, a2]` of SciPy's `sos` arrays.
public struct Biquad: Sendable, Equatable {
    /// Feed-forward coefficients.
    public var b0: Double, b1: Double, b2: Double
    /// Feedback coefficients (`a0 == 1` is implied).
    public var a1: Double, a2: Double

    /// Creates a section from its normalised coefficients.
    public init(b0: Double, b1: Double, b2: Double, a1: Double, a2: Double) {
        self.b0 = b0
        self.b1 = b1
        self.b2 = b2
        self.a1 = a1
        self.a2 = a2
    }

    /// Gain at DC, `H(1) = (b0 + b1 + b2) / (1 + a1 + a2)`.
    public var dcGain: Double { (b0 + b1 + b2) / (1 + a1 + a2) }

    /// Magnitude of the frequency response at `frequency` Hz for a given sample rate. O(1).
    public func magnitude(at frequency: Double, sampleRate: Double) -> Double {
        let omega = 2 * Double.pi * frequency / sampleRate
        let z1 = ComplexNumber.unit(angle: -omega)
        let z2 = z1 * z1
        let numerator = ComplexNumber(b0) + z1 * b1 + z2 * b2
        let denominator = ComplexNumber.one + z1 * a1 + z2 * a2
        return numerator.magnitude / denominator.magnitude
    }

    /// Direct-form-II-transposed state that makes the section's output constant for a constant unit
    /// input (SciPy's `lfilter_zi` for one section). Scale by the input level before use.
    var steadyStateForUnitStep: (Double, Double) {
        let c0 = b1 - a1 * b0
        let c1 = b2 - a2 * b0
        let s0 = (c0 + c1) / (1 + a1 + a2)
        return (s0, c1 - a2 * s0)
    }
}

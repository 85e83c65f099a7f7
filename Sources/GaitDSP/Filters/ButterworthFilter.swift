#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A digital Butterworth filter realised as a cascade of second-order sections (biquads).
///
/// Design is done in `Double` exactly as SciPy's `butter(order, …, output='sos', fs=sampleRate)`:
/// analogue prototype, frequency pre-warping, bilinear transform and "nearest" pole/zero pairing,
/// so ``sections`` match SciPy's rows `[b0, b1, b2, 1, a1, a2]`. Samples are `Float`; the recursion
/// runs in `Double` (direct form II transposed).
///
/// A band-pass of `order` N has N sections and 2N poles, as in SciPy.
public struct ButterworthFilter: Sendable {
    /// Largest accepted order (higher orders are numerically pointless for gait signals).
    public static let maximumOrder = 32

    /// The requested response.
    public let response: FilterResponse
    /// The prototype order (see the type's discussion for band-pass).
    public let order: Int
    /// Sample rate in Hz.
    public let sampleRate: Double
    /// The cascade, applied first to last. `a0` is normalised to 1 in every section.
    public let sections: [Biquad]
    /// Per-section zero-phase initial states for a constant unit input (see `steadyStatesForUnitStep`).
    let unitStepStates: [(Double, Double)]

    /// Designs the filter.
    ///
    /// - Parameters:
    ///   - response: low-, high- or band-pass with edges in Hz.
    ///   - order: `1 ... maximumOrder`.
    ///   - sampleRate: samples per second, > 0.
    /// - Throws: ``FilterDesignError`` for a bad order or sample rate, a cutoff outside
    ///   `(0, sampleRate/2)`, or a band whose lower edge is not below its upper edge.
    /// - Complexity: O(order²).
    public init(_ response: FilterResponse, order: Int, sampleRate: Double) throws(FilterDesignError) {
        guard (1...Self.maximumOrder).contains(order) else { throw .invalidOrder(order) }
        guard sampleRate.isFinite, sampleRate > 0 else { throw .invalidSampleRate(sampleRate) }
        let nyquist = sampleRate / 2
        func checked(_ cutoff: Double) throws(FilterDesignError) -> Double {
            guard cutoff.isFinite, cutoff > 0, cutoff < nyquist else {
                throw .cutoffOutOfRange(cutoff: cutoff, nyquist: nyquist)
            }
            // Pre-warp so the digital −3 dB point lands exactly on `cutoff` (bilinear at fs = 2).
            return 4 * tan(Double.pi * (cutoff / nyquist) / 2)
        }

        let prototype = ZeroPoleGain.butterworthPrototype(order: order)
        let analogue: ZeroPoleGain
        switch response {
        case .lowPass(let cutoff):
            analogue = prototype.lowPass(omega: try checked(cutoff))
        case .highPass(let cutoff):
            analogue = prototype.highPass(omega: try checked(cutoff))
        case .bandPass(let low, let high):
            let lowWarped = try checked(low)
            let highWarped = try checked(high)
            guard low < high else { throw .invalidBand(low: low, high: high) }
            analogue = prototype.bandPass(
                centre: (lowWarped * highWarped).squareRoot(), bandwidth: highWarped - lowWarped)
        }
        self.response = response
        self.order = order
        self.sampleRate = sampleRate
        let sections = SectionPairing.sections(from: analogue.bilinear(sampleRate: 2))
        self.sections = sections
        self.unitStepStates = Self.steadyStatesForUnitStep(of: sections)
    }

    /// Magnitude of the cascade's frequency response at `frequency` Hz. O(sections).
    public func magnitude(at frequency: Double) -> Double {
        sections.reduce(1) { $0 * $1.magnitude(at: frequency, sampleRate: sampleRate) }
    }

    /// Causal filtering from a zero initial state (SciPy's `sosfilt`).
    ///
    /// - Returns: an array of the same length as `signal`.
    /// - Complexity: O(n · sections), one allocation (the result).
    public func filtered(_ signal: [Float]) -> [Float] {
        var output = signal
        output.withUnsafeMutableBufferPointer { buffer in
            runCascade(buffer, initialLevel: 0, states: unitStepStates, backward: false)
        }
        return output
    }
}

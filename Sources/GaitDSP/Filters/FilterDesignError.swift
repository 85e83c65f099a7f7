/// Why a filter could not be designed.
public enum FilterDesignError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The order is below 1 or above the supported maximum (``ButterworthFilter/maximumOrder``).
    case invalidOrder(Int)
    /// The sample rate is not a finite positive number of Hz.
    case invalidSampleRate(Double)
    /// A cutoff frequency is not finite, ≤ 0, or ≥ the Nyquist frequency (`sampleRate / 2`).
    case cutoffOutOfRange(cutoff: Double, nyquist: Double)
    /// A band-pass lower edge is not strictly below its upper edge.
    case invalidBand(low: Double, high: Double)

    /// A human-readable explanation.
    public var description: String {
        switch self {
        case .invalidOrder(let order):
            "invalid filter order \(order); expected 1...\(ButterworthFilter.maximumOrder)"
        case .invalidSampleRate(let rate):
            "invalid sample rate \(rate) Hz; expected a finite value > 0"
        case .cutoffOutOfRange(let cutoff, let nyquist):
            "cutoff \(cutoff) Hz is outside (0, \(nyquist)) Hz (the Nyquist frequency is exclusive)"
        case .invalidBand(let low, let high):
            "band-pass edges \(low) Hz ... \(high) Hz: the lower edge must be below the upper edge"
        }
    }
}

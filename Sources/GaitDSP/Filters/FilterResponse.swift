/// The shape of a frequency-selective filter. Frequencies are in Hz.
public enum FilterResponse: Sendable, Equatable {
    /// Passes frequencies below `cutoff` (the −3 dB point for a Butterworth design).
    case lowPass(cutoff: Double)
    /// Passes frequencies above `cutoff` (the −3 dB point for a Butterworth design).
    case highPass(cutoff: Double)
    /// Passes frequencies between `low` and `high` (both −3 dB points for a Butterworth design).
    case bandPass(low: Double, high: Double)
}

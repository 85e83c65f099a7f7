/// Cadence at one moment of a recording, one point of ``GaitSummary/cadenceSeries``.
public struct CadenceSample: Sendable, Codable, Equatable {
    /// When, in seconds on the recording's time base (the initial contact that starts the step).
    public var time: Double
    /// Steps per minute: the median over this step and its neighbours (up to two on each side in
    /// the same bout), so one missed or extra contact does not spike the curve.
    public var stepsPerMinute: Double

    /// Creates a sample.
    public init(time: Double, stepsPerMinute: Double) {
        self.time = time
        self.stepsPerMinute = stepsPerMinute
    }

    enum CodingKeys: String, CodingKey {
        case time = "time_s"
        case stepsPerMinute = "cadence_spm"
    }
}

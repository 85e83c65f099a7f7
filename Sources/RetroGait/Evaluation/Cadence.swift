/// Cadence from initial-contact times.
package enum Cadence {
    /// Median cadence in steps per minute: 60 / (median interval between consecutive initial contacts),
    /// times `stepsPerInterval`.
    ///
    /// The median makes the figure robust to a missed or extra step and to pauses between bouts.
    /// - Parameters:
    ///   - initialContactTimes: times in seconds, any order; non-finite values are ignored.
    ///   - stepsPerInterval: 1 when the times hold both feet's contacts; 2 when they hold one foot's
    ///     (strides), which gives steps per minute assuming symmetric gait.
    /// - Returns: steps per minute, or `nil` with fewer than two distinct times.
    package static func medianStepsPerMinute(initialContactTimes: [Double], stepsPerInterval: Double = 1) -> Double? {
        let times = initialContactTimes.filter(\.isFinite).sorted()
        let intervals = zip(times.dropFirst(), times).map { $0 - $1 }.filter { $0 > 0 }
        guard let median = OrderStatistics.median(intervals) else { return nil }
        return 60 / median * stepsPerInterval
    }

    /// Steps per interval between consecutive initial contacts of `events`: 2 when every initial
    /// contact belongs to the same known foot (the intervals are strides), otherwise 1.
    ///
    /// A table from one foot or shank sensor with its side given holds one foot's contacts; a table
    /// without sides cannot tell, so callers that know the placement should say so instead.
    package static func stepsPerInterval(ofInitialContactsIn events: [GaitEvent]) -> Double {
        let sides = Set(events.lazy.filter { $0.kind == .initialContact }.map(\.side))
        return sides.count == 1 && sides.first != .unknown ? 2 : 1
    }
}

/// Detected against truth cadence.
public struct CadenceComparison: Sendable, Codable, Equatable, Hashable {
    /// Median cadence of the truth initial contacts, steps/min.
    public var truthStepsPerMinute: Double?
    /// Median cadence of the detected initial contacts, steps/min.
    public var detectedStepsPerMinute: Double?

    /// Creates a comparison of two cadences.
    public init(truthStepsPerMinute: Double?, detectedStepsPerMinute: Double?) {
        self.truthStepsPerMinute = truthStepsPerMinute
        self.detectedStepsPerMinute = detectedStepsPerMinute
    }

    /// Compares the median cadences of two lists of initial-contact times.
    /// Each cadence is 60 s over the median interval between consecutive times (any order,
    /// non-finite values ignored), times `stepsPerInterval`; `nil` with fewer than two distinct times.
    /// - Parameters:
    ///   - stepsPerInterval: steps per interval of the truth times (and of the detected ones unless
    ///     `detectedStepsPerInterval` is given).
    ///   - detectedStepsPerInterval: steps per interval of the detected times, when they differ from the
    ///     truth's (e.g. one foot sensor's strides against both feet's truth).
    public init(truth: [Double], detected: [Double], stepsPerInterval: Double = 1, detectedStepsPerInterval: Double? = nil) {
        self.init(
            truthStepsPerMinute: Cadence.medianStepsPerMinute(initialContactTimes: truth, stepsPerInterval: stepsPerInterval),
            detectedStepsPerMinute: Cadence.medianStepsPerMinute(
                initialContactTimes: detected, stepsPerInterval: detectedStepsPerInterval ?? stepsPerInterval))
    }

    /// Detected − truth in steps/min, when both exist.
    public var errorStepsPerMinute: Double? {
        guard let truthStepsPerMinute, let detectedStepsPerMinute else { return nil }
        return detectedStepsPerMinute - truthStepsPerMinute
    }

    /// (Detected − truth) / truth in percent, when both exist.
    public var errorPercent: Double? {
        guard let errorStepsPerMinute, let truthStepsPerMinute, truthStepsPerMinute > 0 else { return nil }
        return errorStepsPerMinute / truthStepsPerMinute * 100
    }

    enum CodingKeys: String, CodingKey {
        case truthStepsPerMinute = "truth_spm"
        case detectedStepsPerMinute = "detected_spm"
        case errorStepsPerMinute = "error_spm"
        case errorPercent = "error_percent"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            truthStepsPerMinute: try container.decodeIfPresent(Double.self, forKey: .truthStepsPerMinute),
            detectedStepsPerMinute: try container.decodeIfPresent(Double.self, forKey: .detectedStepsPerMinute))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(truthStepsPerMinute, forKey: .truthStepsPerMinute)
        try container.encodeIfPresent(detectedStepsPerMinute, forKey: .detectedStepsPerMinute)
        try container.encodeIfPresent(errorStepsPerMinute, forKey: .errorStepsPerMinute)
        try container.encodeIfPresent(errorPercent, forKey: .errorPercent)
    }
}

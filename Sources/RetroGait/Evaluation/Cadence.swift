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

extension Cadence {
    /// Cadence in steps per minute as steps counted over the time they span: the number of intervals
    /// between consecutive initial contacts over their summed length, times `stepsPerInterval`, using only
    /// intervals within ``regularIntervals`` of the median interval (a missed contact, an extra one, a turn
    /// or a pause leaves its interval out instead of bending the figure).
    ///
    /// Unlike the median interval, this does not depend on which of two alternating left/right step
    /// times happens to be the middle one, nor on the timing jitter of single contacts: in a regular
    /// stretch only its first and last contact set the time.
    /// - Returns: steps per minute, or `nil` with fewer than two distinct times.
    package static func countedStepsPerMinute(initialContactTimes: [Double], stepsPerInterval: Double = 1) -> Double? {
        let times = initialContactTimes.filter(\.isFinite).sorted()
        let intervals = zip(times.dropFirst(), times).map { $0 - $1 }.filter { $0 > 0 }
        guard let median = OrderStatistics.median(intervals), median > 0 else { return nil }
        let regular = (regularIntervals.lowerBound * median)...(regularIntervals.upperBound * median)
        var count = 0.0
        var seconds = 0.0
        for interval in intervals where regular.contains(interval) {
            count += 1
            seconds += interval
        }
        guard seconds > 0 else { return nil }
        return 60 * count / seconds * stepsPerInterval
    }

    /// Intervals counted by ``countedStepsPerMinute(initialContactTimes:stepsPerInterval:)``, as
    /// multiples of the median interval.
    package static let regularIntervals = 0.6...1.6
}

/// Detected against truth cadence.
public struct CadenceComparison: Sendable, Codable, Equatable, Hashable {
    /// Cadence of the truth initial contacts, steps/min.
    public var truthStepsPerMinute: Double?
    /// Cadence of the detected initial contacts, steps/min.
    public var detectedStepsPerMinute: Double?

    /// Creates a comparison of two cadences.
    public init(truthStepsPerMinute: Double?, detectedStepsPerMinute: Double?) {
        self.truthStepsPerMinute = truthStepsPerMinute
        self.detectedStepsPerMinute = detectedStepsPerMinute
    }

    /// Compares the cadences of two lists of initial-contact times (any order, non-finite values ignored),
    /// each counted over the time its steps span: the number of intervals between consecutive times that
    /// lie within 0.6–1.6 × the median interval, over their summed length, times the steps per interval;
    /// `nil` with fewer than two distinct times.
    /// - Parameters:
    ///   - truth: reference initial-contact times in seconds.
    ///   - detected: detected initial-contact times in seconds.
    ///   - stepsPerInterval: steps per interval of the truth times (and of the detected ones unless
    ///     `detectedStepsPerInterval` is given).
    ///   - detectedStepsPerInterval: steps per interval of the detected times, when they differ from the
    ///     truth's (e.g. one foot sensor's strides against both feet's truth).
    public init(truth: [Double], detected: [Double], stepsPerInterval: Double = 1, detectedStepsPerInterval: Double? = nil) {
        self.init(
            truthStepsPerMinute: Cadence.countedStepsPerMinute(initialContactTimes: truth, stepsPerInterval: stepsPerInterval),
            detectedStepsPerMinute: Cadence.countedStepsPerMinute(
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

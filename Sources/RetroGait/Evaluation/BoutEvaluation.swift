/// One truth bout and the detected bout that overlaps it most.
public struct BoutComparison: Sendable, Codable, Equatable, Hashable {
    /// The truth bout.
    public var truth: Bout
    /// The detected bout with the longest overlap, or `nil` when none overlaps.
    public var detected: Bout?
    /// Overlap in seconds (0 when none).
    public var overlapSeconds: Double

    /// Creates a comparison.
    public init(truth: Bout, detected: Bout?, overlapSeconds: Double) {
        self.truth = truth
        self.detected = detected
        self.overlapSeconds = overlapSeconds
    }

    /// Detected − truth start, seconds (positive: detected late).
    public var startErrorSeconds: Double? { detected.map { $0.startTime - truth.startTime } }
    /// Detected − truth end, seconds (positive: detected to end late).
    public var endErrorSeconds: Double? { detected.map { $0.endTime - truth.endTime } }
    /// Whether the activities agree, when there is a detected bout.
    public var activityAgrees: Bool? { detected.map { $0.activity == truth.activity } }
    /// Whether the directions agree, when there is a detected bout.
    public var directionAgrees: Bool? { detected.map { $0.direction == truth.direction } }

    enum CodingKeys: String, CodingKey {
        case truthStart = "truth_start_s", truthEnd = "truth_end_s"
        case truthActivity = "truth_activity", truthDirection = "truth_direction"
        case detectedStart = "detected_start_s", detectedEnd = "detected_end_s"
        case detectedActivity = "detected_activity", detectedDirection = "detected_direction"
        case overlap = "overlap_s"
        case startError = "start_error_s", endError = "end_error_s"
        case activityAgrees = "activity_agrees", directionAgrees = "direction_agrees"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let truth = Bout(
            startTime: try c.decode(Double.self, forKey: .truthStart),
            endTime: try c.decode(Double.self, forKey: .truthEnd),
            activity: try c.decode(Activity.self, forKey: .truthActivity),
            direction: try c.decode(Direction.self, forKey: .truthDirection))
        var detected: Bout?
        if let start = try c.decodeIfPresent(Double.self, forKey: .detectedStart) {
            detected = Bout(
                startTime: start,
                endTime: try c.decode(Double.self, forKey: .detectedEnd),
                activity: try c.decode(Activity.self, forKey: .detectedActivity),
                direction: try c.decode(Direction.self, forKey: .detectedDirection))
        }
        self.init(truth: truth, detected: detected, overlapSeconds: try c.decode(Double.self, forKey: .overlap))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(truth.startTime, forKey: .truthStart)
        try c.encode(truth.endTime, forKey: .truthEnd)
        try c.encode(truth.activity, forKey: .truthActivity)
        try c.encode(truth.direction, forKey: .truthDirection)
        try c.encodeIfPresent(detected?.startTime, forKey: .detectedStart)
        try c.encodeIfPresent(detected?.endTime, forKey: .detectedEnd)
        try c.encodeIfPresent(detected?.activity, forKey: .detectedActivity)
        try c.encodeIfPresent(detected?.direction, forKey: .detectedDirection)
        try c.encode(overlapSeconds, forKey: .overlap)
        try c.encodeIfPresent(startErrorSeconds, forKey: .startError)
        try c.encodeIfPresent(endErrorSeconds, forKey: .endError)
        try c.encodeIfPresent(activityAgrees, forKey: .activityAgrees)
        try c.encodeIfPresent(directionAgrees, forKey: .directionAgrees)
    }
}

/// Bout-level agreement: for each truth bout, the best-overlapping detected bout.
///
/// A detected bout may be the best match of more than one truth bout (e.g. when the detector merges
/// two bouts); such merges show up as boundary errors. Direction agreement is counted over matched
/// bouts whose truth activity is walking or running (standing has no direction).
public struct BoutEvaluation: Sendable, Codable, Equatable {
    /// One entry per truth bout, in truth order.
    public var comparisons: [BoutComparison]
    /// Number of detected bouts.
    public var detectedBouts: Int

    /// Creates a result.
    public init(comparisons: [BoutComparison], detectedBouts: Int) {
        self.comparisons = comparisons
        self.detectedBouts = detectedBouts
    }

    /// Finds, for each truth bout, the detected bout with the longest overlap (ties: the earlier one).
    /// O((n + m) log m) plus the overlapping candidates.
    public init(truth: [Bout], detected: [Bout]) {
        let sorted = detected.sorted { ($0.startTime, $0.endTime) < ($1.startTime, $1.endTime) }
        // latestEnd[k]: the largest end among sorted[0...k], to stop the backward scan early.
        var latestEnd: [Double] = []
        latestEnd.reserveCapacity(sorted.count)
        for bout in sorted { latestEnd.append(max(latestEnd.last ?? -.infinity, bout.endTime)) }

        let comparisons = truth.map { bout -> BoutComparison in
            // Candidates start before the truth bout ends: sorted[0..<limit].
            var low = 0, high = sorted.count
            while low < high {
                let middle = (low + high) / 2
                if sorted[middle].startTime < bout.endTime { low = middle + 1 } else { high = middle }
            }
            var best: Bout?
            var bestOverlap = 0.0
            var k = low - 1
            while k >= 0, latestEnd[k] > bout.startTime {
                let candidate = sorted[k]
                let overlap = min(candidate.endTime, bout.endTime) - max(candidate.startTime, bout.startTime)
                if overlap > 0, overlap >= bestOverlap {
                    best = candidate
                    bestOverlap = overlap
                }
                k -= 1
            }
            return BoutComparison(truth: bout, detected: best, overlapSeconds: bestOverlap)
        }
        self.init(comparisons: comparisons, detectedBouts: detected.count)
    }

    /// Number of truth bouts.
    public var truthBouts: Int { comparisons.count }
    /// Truth bouts with an overlapping detected bout.
    public var matchedBouts: Int { comparisons.count { $0.detected != nil } }

    /// Share of matched bouts whose activity agrees, or `nil` with none matched.
    public var activityAgreement: Double? {
        fraction(comparisons.compactMap(\.activityAgrees))
    }

    /// Share of matched walking/running bouts whose direction agrees, or `nil` with none.
    public var directionAgreement: Double? {
        fraction(comparisons.filter { $0.truth.activity != .standing }.compactMap(\.directionAgrees))
    }

    /// Mean |start error| over matched bouts, seconds.
    public var meanAbsoluteStartErrorSeconds: Double? {
        OrderStatistics.mean(comparisons.compactMap(\.startErrorSeconds).map(abs))
    }

    /// Mean |end error| over matched bouts, seconds.
    public var meanAbsoluteEndErrorSeconds: Double? {
        OrderStatistics.mean(comparisons.compactMap(\.endErrorSeconds).map(abs))
    }

    private func fraction(_ flags: [Bool]) -> Double? {
        flags.isEmpty ? nil : Double(flags.count { $0 }) / Double(flags.count)
    }

    enum CodingKeys: String, CodingKey {
        case truthBouts = "truth_bouts", detectedBouts = "detected_bouts", matchedBouts = "matched_bouts"
        case activityAgreement = "activity_agreement", directionAgreement = "direction_agreement"
        case meanAbsoluteStartError = "mean_abs_start_error_s", meanAbsoluteEndError = "mean_abs_end_error_s"
        case comparisons
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            comparisons: try c.decode([BoutComparison].self, forKey: .comparisons),
            detectedBouts: try c.decode(Int.self, forKey: .detectedBouts))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(truthBouts, forKey: .truthBouts)
        try c.encode(detectedBouts, forKey: .detectedBouts)
        try c.encode(matchedBouts, forKey: .matchedBouts)
        try c.encodeIfPresent(activityAgreement, forKey: .activityAgreement)
        try c.encodeIfPresent(directionAgreement, forKey: .directionAgreement)
        try c.encodeIfPresent(meanAbsoluteStartErrorSeconds, forKey: .meanAbsoluteStartError)
        try c.encodeIfPresent(meanAbsoluteEndErrorSeconds, forKey: .meanAbsoluteEndError)
        try c.encode(comparisons, forKey: .comparisons)
    }
}

/// A detected event paired with the ground-truth event it was matched to.
public struct EventPair: Sendable, Codable, Equatable, Hashable {
    /// Index of the truth event in the list given to the matcher.
    public var truthIndex: Int
    /// Index of the detected event in the list given to the matcher.
    public var detectedIndex: Int
    /// Time of the truth event in seconds.
    public var truthTime: Double
    /// Time of the detected event in seconds.
    public var detectedTime: Double

    /// Creates a pair.
    public init(truthIndex: Int, detectedIndex: Int, truthTime: Double, detectedTime: Double) {
        self.truthIndex = truthIndex
        self.detectedIndex = detectedIndex
        self.truthTime = truthTime
        self.detectedTime = detectedTime
    }

    /// Signed timing error in seconds, detected − truth: positive when the detection is late.
    public var error: Double { detectedTime - truthTime }

    enum CodingKeys: String, CodingKey {
        case truthIndex = "truth_index"
        case detectedIndex = "detected_index"
        case truthTime = "truth_time_s"
        case detectedTime = "detected_time_s"
    }
}

/// The outcome of ``EventMatcher/match(truth:detected:tolerance:)``: which events paired up and which did not.
public struct EventMatching: Sendable, Codable, Equatable {
    /// The tolerance used, in seconds.
    public var tolerance: Double
    /// Matched pairs, in truth-time order. Each index occurs at most once.
    public var pairs: [EventPair]
    /// Indices of truth events with no detection within the tolerance (false negatives), ascending.
    public var unmatchedTruth: [Int]
    /// Indices of detections with no truth event left to pair with (false positives), ascending.
    public var unmatchedDetected: [Int]

    /// Creates a matching.
    public init(tolerance: Double, pairs: [EventPair], unmatchedTruth: [Int], unmatchedDetected: [Int]) {
        self.tolerance = tolerance
        self.pairs = pairs
        self.unmatchedTruth = unmatchedTruth
        self.unmatchedDetected = unmatchedDetected
    }

    /// True positives, false positives and false negatives, with precision, recall and F1.
    public var score: DetectionScore {
        DetectionScore(
            truePositives: pairs.count,
            falsePositives: unmatchedDetected.count,
            falseNegatives: unmatchedTruth.count)
    }

    /// Statistics of the signed timing errors of the pairs.
    public var timing: TimingErrorStatistics {
        TimingErrorStatistics(errors: pairs.map(\.error))
    }

    enum CodingKeys: String, CodingKey {
        case tolerance = "tolerance_s"
        case pairs
        case unmatchedTruth = "unmatched_truth"
        case unmatchedDetected = "unmatched_detected"
    }
}

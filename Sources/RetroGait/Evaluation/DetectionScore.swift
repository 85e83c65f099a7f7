/// Event-detection counts and the rates derived from them.
///
/// Precision = TP / (TP + FP), recall = TP / (TP + FN), F1 = 2·TP / (2·TP + FP + FN). A rate whose
/// denominator is zero is `nil` (JSON: absent) rather than a made-up 0 or 1. F1 is symmetric: swapping
/// truth and detections swaps FP and FN and leaves it unchanged.
public struct DetectionScore: Sendable, Codable, Equatable, Hashable {
    /// Truth events with a matching detection.
    public var truePositives: Int
    /// Detections with no matching truth event.
    public var falsePositives: Int
    /// Truth events with no matching detection.
    public var falseNegatives: Int

    /// Creates a score from counts.
    public init(truePositives: Int, falsePositives: Int, falseNegatives: Int) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    /// The score with no events at all.
    public static let zero = DetectionScore(truePositives: 0, falsePositives: 0, falseNegatives: 0)

    /// Number of truth events (TP + FN).
    public var truthCount: Int { truePositives + falseNegatives }
    /// Number of detections (TP + FP).
    public var detectedCount: Int { truePositives + falsePositives }

    /// TP / (TP + FP), or `nil` with no detections.
    public var precision: Double? { ratio(truePositives, truePositives + falsePositives) }
    /// TP / (TP + FN), or `nil` with no truth events.
    public var recall: Double? { ratio(truePositives, truePositives + falseNegatives) }
    /// 2·TP / (2·TP + FP + FN), or `nil` when there are neither truth events nor detections.
    public var f1: Double? { ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives) }

    /// Adds the counts of two scores (pooling, not averaging, the rates).
    public static func + (a: DetectionScore, b: DetectionScore) -> DetectionScore {
        DetectionScore(
            truePositives: a.truePositives + b.truePositives,
            falsePositives: a.falsePositives + b.falsePositives,
            falseNegatives: a.falseNegatives + b.falseNegatives)
    }

    private func ratio(_ numerator: Int, _ denominator: Int) -> Double? {
        denominator > 0 ? Double(numerator) / Double(denominator) : nil
    }

    enum CodingKeys: String, CodingKey {
        case truePositives = "true_positives"
        case falsePositives = "false_positives"
        case falseNegatives = "false_negatives"
        case precision, recall, f1
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            truePositives: try container.decode(Int.self, forKey: .truePositives),
            falsePositives: try container.decode(Int.self, forKey: .falsePositives),
            falseNegatives: try container.decode(Int.self, forKey: .falseNegatives))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(truePositives, forKey: .truePositives)
        try container.encode(falsePositives, forKey: .falsePositives)
        try container.encode(falseNegatives, forKey: .falseNegatives)
        try container.encodeIfPresent(precision, forKey: .precision)
        try container.encodeIfPresent(recall, forKey: .recall)
        try container.encodeIfPresent(f1, forKey: .f1)
    }
}

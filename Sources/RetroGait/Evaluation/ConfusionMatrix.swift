/// Agreement of a categorical label (foot strike, direction, activity) between truth and detection.
///
/// Rows are truth labels, columns detected labels, both in ``labels`` order. Pairs whose truth label is
/// the `unknown` label are still counted in the matrix but left out of ``accuracy`` (there is nothing to
/// be right about); a detection labelled `unknown` for a known truth label counts as wrong.
public struct ConfusionMatrix: Sendable, Codable, Equatable, Hashable {
    /// The label names, in row and column order.
    public var labels: [String]
    /// `counts[truth][detected]`: how many pairs had that truth label and that detected label.
    public var counts: [[Int]]
    /// The label excluded from accuracy as a truth label, if any.
    public var unknownLabel: String?

    /// Builds the matrix from label pairs.
    ///
    /// - Parameters:
    ///   - pairs: (truth label, detected label) per matched event.
    ///   - unknown: the label meaning "not determined"; truth pairs with it do not enter ``accuracy``.
    public init<Label: CaseIterable & RawRepresentable & Hashable>(
        pairs: [(truth: Label, detected: Label)], unknown: Label? = nil
    ) where Label.RawValue == String {
        let cases = Array(Label.allCases)
        var position: [Label: Int] = [:]
        for (index, label) in cases.enumerated() { position[label] = index }
        var counts = [[Int]](repeating: [Int](repeating: 0, count: cases.count), count: cases.count)
        for pair in pairs {
            if let row = position[pair.truth], let column = position[pair.detected] { counts[row][column] += 1 }
        }
        self.init(labels: cases.map(\.rawValue), counts: counts, unknownLabel: unknown?.rawValue)
    }

    /// Creates a matrix from its parts.
    public init(labels: [String], counts: [[Int]], unknownLabel: String?) {
        self.labels = labels
        self.counts = counts
        self.unknownLabel = unknownLabel
    }

    /// The count for one truth and one detected label, 0 for names not in ``labels``.
    public func count(truth: String, detected: String) -> Int {
        guard let row = labels.firstIndex(of: truth), let column = labels.firstIndex(of: detected) else { return 0 }
        return counts[row][column]
    }

    /// Pairs with a known truth label.
    public var evaluated: Int {
        labels.indices.filter { labels[$0] != unknownLabel }.reduce(0) { $0 + counts[$1].reduce(0, +) }
    }

    /// Pairs with a known truth label that the detection got right.
    public var correct: Int {
        labels.indices.filter { labels[$0] != unknownLabel }.reduce(0) { $0 + counts[$1][$1] }
    }

    /// ``correct`` / ``evaluated``, or `nil` when no pair has a known truth label.
    public var accuracy: Double? { evaluated > 0 ? Double(correct) / Double(evaluated) : nil }

    /// Adds two matrices over the same labels.
    public static func + (a: ConfusionMatrix, b: ConfusionMatrix) -> ConfusionMatrix {
        precondition(a.labels == b.labels, "confusion matrices over different labels")
        let counts = zip(a.counts, b.counts).map { zip($0, $1).map(+) }
        return ConfusionMatrix(labels: a.labels, counts: counts, unknownLabel: a.unknownLabel)
    }

    enum CodingKeys: String, CodingKey {
        case labels, counts
        case unknownLabel = "unknown_label"
        case evaluated, correct, accuracy
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            labels: try container.decode([String].self, forKey: .labels),
            counts: try container.decode([[Int]].self, forKey: .counts),
            unknownLabel: try container.decodeIfPresent(String.self, forKey: .unknownLabel))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(labels, forKey: .labels)
        try container.encode(counts, forKey: .counts)
        try container.encodeIfPresent(unknownLabel, forKey: .unknownLabel)
        try container.encode(evaluated, forKey: .evaluated)
        try container.encode(correct, forKey: .correct)
        try container.encodeIfPresent(accuracy, forKey: .accuracy)
    }
}

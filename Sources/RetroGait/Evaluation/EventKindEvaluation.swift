/// Detection and timing figures for one kind of event (initial contact or toe-off).
public struct EventKindEvaluation: Sendable, Codable, Equatable {
    /// The event kind evaluated.
    public var kind: GaitEventKind
    /// The scored pairs and misses; indices point into the full truth and detected lists given to the
    /// evaluator.
    public var matching: EventMatching
    /// TP, FP, FN, precision, recall, F1.
    public var detection: DetectionScore
    /// Timing errors of the matched pairs, ms.
    public var timing: TimingErrorStatistics

    /// Derives the figures from a (scored) matching.
    public init(kind: GaitEventKind, matching: EventMatching) {
        self.kind = kind
        self.matching = matching
        detection = matching.score
        timing = matching.timing
    }

    enum CodingKeys: String, CodingKey {
        case kind, detection, timing, matching
    }
}

/// Figures for one foot, when events are matched per side.
public struct SideEvaluation: Sendable, Codable, Equatable {
    /// The foot.
    public var side: Side
    /// Initial contacts of that foot.
    public var initialContacts: EventKindEvaluation
    /// Toe-offs of that foot.
    public var toeOffs: EventKindEvaluation

    /// Creates a per-side result.
    public init(side: Side, initialContacts: EventKindEvaluation, toeOffs: EventKindEvaluation) {
        self.side = side
        self.initialContacts = initialContacts
        self.toeOffs = toeOffs
    }

    enum CodingKeys: String, CodingKey {
        case side
        case initialContacts = "initial_contacts"
        case toeOffs = "toe_offs"
    }
}

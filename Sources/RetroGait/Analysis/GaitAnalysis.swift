/// Everything ``GaitAnalyzer/analyze(_:)->GaitAnalysis`` found in a recording.
public struct GaitAnalysis: Sendable, Codable, Equatable {
    /// Detected events in time order: initial contacts and, where the placement allows, toe-offs.
    public var events: [GaitEvent]
    /// The headline numbers and warnings.
    public var summary: GaitSummary
    /// One entry per detected initial contact, in time order, with contact, flight and step times.
    public var steps: [Step]
    /// The recording cut into bouts (standing, walking, running × direction), back to back from the
    /// first sample to the last, each with its own figures.
    public var bouts: [BoutSummary]

    /// Creates an analysis result.
    public init(events: [GaitEvent], summary: GaitSummary, steps: [Step] = [], bouts: [BoutSummary] = []) {
        self.events = events
        self.summary = summary
        self.steps = steps
        self.bouts = bouts
    }

    enum CodingKeys: String, CodingKey {
        case events, summary, steps, bouts
    }

    /// Decodes an analysis; `steps` and `bouts` may be missing (older JSON).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        events = try container.decode([GaitEvent].self, forKey: .events)
        summary = try container.decode(GaitSummary.self, forKey: .summary)
        steps = try container.decodeIfPresent([Step].self, forKey: .steps) ?? []
        bouts = try container.decodeIfPresent([BoutSummary].self, forKey: .bouts) ?? []
    }

    /// The initial contacts (steps) only.
    public var initialContacts: [GaitEvent] { events.filter { $0.kind == .initialContact } }
}

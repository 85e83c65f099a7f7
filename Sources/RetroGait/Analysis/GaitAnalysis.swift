/// Everything ``GaitAnalyzer/analyze(_:)`` found in a recording.
public struct GaitAnalysis: Sendable, Codable, Equatable {
    /// Detected events in time order: initial contacts and, where the placement allows, toe-offs.
    public var events: [GaitEvent]
    /// The headline numbers and warnings.
    public var summary: GaitSummary
    /// One entry per detected initial contact, in time order, with contact, flight and step times.
    public var steps: [Step]

    /// Creates an analysis result.
    public init(events: [GaitEvent], summary: GaitSummary, steps: [Step] = []) {
        self.events = events
        self.summary = summary
        self.steps = steps
    }

    enum CodingKeys: String, CodingKey {
        case events, summary, steps
    }

    /// Decodes an analysis; `steps` may be missing (older JSON).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        events = try container.decode([GaitEvent].self, forKey: .events)
        summary = try container.decode(GaitSummary.self, forKey: .summary)
        steps = try container.decodeIfPresent([Step].self, forKey: .steps) ?? []
    }

    /// The initial contacts (steps) only.
    public var initialContacts: [GaitEvent] { events.filter { $0.kind == .initialContact } }
}

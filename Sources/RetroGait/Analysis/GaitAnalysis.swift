/// Everything ``GaitAnalyzer/analyze(_:)`` found in a recording.
public struct GaitAnalysis: Sendable, Codable, Equatable {
    /// Detected events in time order: initial contacts and, where the placement allows, toe-offs.
    public var events: [GaitEvent]
    /// The headline numbers and warnings.
    public var summary: GaitSummary

    /// Creates an analysis result.
    public init(events: [GaitEvent], summary: GaitSummary) {
        self.events = events
        self.summary = summary
    }

    /// The initial contacts (steps) only.
    public var initialContacts: [GaitEvent] { events.filter { $0.kind == .initialContact } }
}

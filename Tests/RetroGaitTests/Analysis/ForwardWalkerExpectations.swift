import Testing
@testable import RetroGait

/// What the real-walker direction tests ask of their initial contacts (voisard2023's walkers all walk
/// forward): enough contacts, none called backward, and at least a given share called forward.
enum ForwardWalkerExpectations {
    /// Adds the direction of each of the analysis's initial contacts to `directions`.
    static func tally(_ analysis: GaitAnalysis, into directions: inout [Direction: Int]) {
        for event in analysis.events where event.kind == .initialContact { directions[event.direction, default: 0] += 1 }
    }

    /// At least 350 contacts, none backward, at least `forwardFloor` of them forward.
    static func check(
        _ directions: [Direction: Int], forwardFloor: Double, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let contacts = directions.values.reduce(0, +)
        #expect(contacts >= 350, sourceLocation: sourceLocation)
        #expect(directions[.backward, default: 0] == 0, "\(directions[.backward, default: 0]) of \(contacts) contacts called backward",
                sourceLocation: sourceLocation)
        #expect(Double(directions[.forward, default: 0]) / Double(max(1, contacts)) >= forwardFloor,
                "\(directions[.forward, default: 0]) of \(contacts) contacts called forward", sourceLocation: sourceLocation)
    }
}

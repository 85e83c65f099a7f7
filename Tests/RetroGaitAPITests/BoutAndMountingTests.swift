import Foundation
import RetroGait
import Testing

/// Bouts and direction through the public API: a declared sensor mounting decides forward or backward,
/// and without one the library never falls back to "forward".
@Suite("Bouts and mounting")
struct BoutAndMountingTests {
    private func bouts(forwardAxis: SensorAxis?) throws -> [BoutSummary] {
        let recording = try Fixture.loadLowerBackRun().recording
        let configuration = GaitAnalyzer.Configuration(
            placement: .lowerBack, mounting: SensorMounting(forwardAxis: forwardAxis))
        return try GaitAnalyzer(configuration: configuration).analyze(recording).bouts
    }

    @Test func withTheSimulatorsForwardAxisTheBoutIsTheTruth() throws {
        let detected = try bouts(forwardAxis: .plusX)
        let truth = try BoutTable.read(contentsOf: Fixture.lowerBackRunBouts)
        let evaluation = BoutEvaluation(truth: truth, detected: detected.map(\.bout))
        #expect(evaluation.matchedBouts == truth.count)
        #expect(evaluation.activityAgreement == 1)
        #expect(evaluation.directionAgreement == 1)
        #expect(detected.first?.bout.startTime == 0)
        #expect(detected.last?.bout.endTime == 40)
        #expect(detected.reduce(0) { $0 + $1.steps } > 0)
    }

    /// The opposite axis gives the opposite direction, except where the bout's own cues without a
    /// mounting (here the trunk's sway phase) say what the right axis says: two answers that contradict
    /// each other give `unknown`, never a confident wrong direction.
    @Test func theOppositeAxisGivesTheOppositeDirection() throws {
        let declared = try bouts(forwardAxis: .plusX).map(\.bout.direction)
        let opposite = try bouts(forwardAxis: .minusX).map(\.bout.direction)
        let undeclared = try bouts(forwardAxis: nil).map(\.bout.direction)
        #expect(declared.count == opposite.count && declared.count == undeclared.count)
        for ((a, b), own) in zip(zip(declared, opposite), undeclared) where a != .unknown {
            #expect(b == (own == a ? .unknown : a == .forward ? .backward : .forward))
        }
    }

    @Test func withoutAMountingBackwardRunningIsNeverCalledForward() throws {
        let detected = try bouts(forwardAxis: nil)
        #expect(!detected.isEmpty)
        #expect(detected.allSatisfy { $0.bout.direction != .forward })
    }

    @Test func boutsTileTheRecording() throws {
        let detected = try bouts(forwardAxis: nil)
        for (earlier, later) in zip(detected, detected.dropFirst()) {
            #expect(earlier.bout.endTime == later.bout.startTime)
        }
        #expect(try JSONDecoder().decode([BoutSummary].self, from: JSONEncoder().encode(detected)) == detected)
    }
}

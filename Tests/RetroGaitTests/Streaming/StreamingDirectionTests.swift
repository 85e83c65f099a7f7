import Foundation
import Testing
@testable import RetroGait

/// The direction a live stream reports: settled once per bout, never flipping without a reversal.
@Suite("Streaming: steady direction")
struct StreamingDirectionTests {
    /// The directions reported for the contacts of one bout: undecided (unknown) first, then one
    /// definite direction to the bout's end — never backward → unknown → forward.
    static func isSettledOnce(_ directions: [Direction]) -> Bool {
        guard let first = directions.firstIndex(where: { $0 != .unknown }) else { return true }
        return directions[first...].allSatisfy { $0 == directions[first] }
    }

    @Test func settlingRules() {
        var steady = SteadyDirection()
        let judged: [Direction] = [.backward, .forward, .forward, .unknown, .forward, .forward, .backward, .forward, .unknown]
        let reported = judged.enumerated().map { steady.direction(ofContactAt: 0.35 * Double($0.offset), judged: $0.element) }
        #expect(reported == [.unknown, .unknown, .unknown, .unknown, .unknown, .forward, .forward, .forward, .forward])
        // A reversal: two contacts the other way put it in doubt, four decide it.
        let turn = (9..<13).map { steady.direction(ofContactAt: 0.35 * Double($0), judged: .backward) }
        #expect(turn == [.forward, .unknown, .unknown, .backward])
        // A pause starts the next bout undecided.
        #expect(steady.direction(ofContactAt: 10, judged: .backward) == .unknown)
        #expect(!Self.isSettledOnce([.backward, .unknown, .forward]) && Self.isSettledOnce([.unknown, .forward, .forward]))
    }

    @Test(arguments: StreamingEquivalenceTests.cases)
    func directionIsSettledOncePerBout(_ testCase: StreamingEquivalenceTests.Case) throws {
        let recording = try StreamRun.simulate(
            StreamingEquivalenceTests.session, placement: testCase.placement, gyroscope: testCase.gyroscope)
        let configuration = GaitAnalyzer.Configuration(placement: testCase.placement, sensorSide: .left)
        let batch = try GaitAnalyzer(configuration: configuration).analyze(recording)
        let stream = try StreamRun.run(recording, configuration: .init(analyzer: configuration))
        let contacts = stream.allEvents.filter { $0.kind == .initialContact }
        var decided = 0
        for summary in batch.bouts where summary.bout.activity != .standing {
            let bout = summary.bout
            let directions = contacts.filter { $0.time >= bout.startTime - 1 && $0.time <= bout.endTime + 1 }.map(\.direction)
            print("DIRECTION \(testCase.testDescription) \(bout.activity)/\(bout.direction): \(directions.map { $0.rawValue.prefix(1) }.joined())")
            #expect(Self.isSettledOnce(directions), "\(directions)")
            if let settled = directions.last, settled != .unknown {
                decided += 1
                #expect(bout.direction == .unknown || settled == bout.direction)
            }
            for step in stream.steps where step.initialContactTime >= bout.startTime && step.initialContactTime <= bout.endTime {
                #expect(step.direction == .unknown || step.direction == directions.last)
            }
        }
        print("DIRECTION \(testCase.testDescription) streamed bouts: \(stream.bouts.map { "\($0.activity)/\($0.direction)" })")
        if testCase.placement == .foot { #expect(decided == 3) }
    }

    /// A runner turning round without stopping (at 18 s): forward is settled, then backward replaces
    /// it once the windows judge the contacts backward (measured: from 23.7 s; the windows' classifier
    /// keeps judging forward for about four seconds after the turn).
    @Test func aReversalWithoutAPauseIsFollowed() throws {
        let recording = try StreamRun.simulate("stand:3, fw-run:15, bw-run:15, stand:3", placement: .foot, gyroscope: true)
        let configuration = GaitAnalyzer.Configuration(placement: .foot, sensorSide: .left)
        let stream = try StreamRun.run(recording, configuration: .init(analyzer: configuration))
        let contacts = stream.allEvents.filter { $0.kind == .initialContact }
        let directions = contacts.map(\.direction)
        print("DIRECTION reversal: \(contacts.map { String(format: "%.1f", $0.time) + $0.direction.rawValue.prefix(1) }.joined(separator: " "))")
        let definite = directions.filter { $0 != .unknown }
        let changes = zip(definite, definite.dropFirst()).count { $0 != $1 }
        #expect(changes == 1)
        #expect(contacts.filter { (8...16).contains($0.time) }.allSatisfy { $0.direction == .forward })
        #expect(contacts.filter { (25...32).contains($0.time) }.allSatisfy { $0.direction == .backward })
    }
}

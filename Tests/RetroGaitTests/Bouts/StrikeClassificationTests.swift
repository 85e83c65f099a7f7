import GaitSimulator
import Testing
@testable import RetroGait

/// Foot strike per contact on simulated running, foot sensor: forward heel strikes vs backward toe
/// strikes (the classic contrast), and the warning for heel-first backward landings. Floors sit at
/// what the classifier reaches on these seeds.
@Suite("Strike classification: simulated foot")
struct StrikeClassificationTests {
    static func strikes(
        _ bout: String, gyroscope: Bool, seed: UInt64 = 5, seconds: Int = 20
    ) throws -> (accuracy: Double, analysis: GaitAnalysis) {
        let simulated = GaitSimulator.simulate(
            try SessionScript(parsing: "stand:3, \(bout):\(seconds), stand:3"),
            options: SimulationOptions(placement: .foot, seed: seed, includeGyroscope: gyroscope))
        let analysis = try GaitAnalyzer(configuration: .init(placement: .foot, sensorSide: .left)).analyze(simulated.recording)
        let evaluation = GaitEventEvaluator(options: EventEvaluationOptions(tolerance: 0.04))
            .evaluate(truth: simulated.events.filter { $0.side == .left }, detected: analysis.events)
        return (try #require(evaluation.strike.accuracy), analysis)
    }

    @Test(arguments: [("fw-run", false), ("bw-run", false), ("fw-run", true), ("bw-run", true)])
    func heelForwardToeBackward(bout: String, gyroscope: Bool) throws {
        let (accuracy, _) = try Self.strikes(bout, gyroscope: gyroscope)
        #expect(accuracy >= 0.9, "\(bout) gyro \(gyroscope): \(accuracy)")
    }

    /// With a gyroscope all three strikes, both directions, running and walking: the landing tilt
    /// and its sense against the swing (99.3 % over the accuracy report's interval sessions). 60 s
    /// bouts, so that one odd contact does not decide the test.
    @Test(arguments: ["fw-run@heel", "fw-run@mid", "fw-run@toe", "bw-run@heel", "bw-run@mid", "bw-run@toe",
                      "fw-walk@heel", "bw-walk@toe"])
    func threeClassesWithGyroscope(bout: String) throws {
        let (accuracy, _) = try Self.strikes(bout, gyroscope: true, seconds: 60)
        #expect(accuracy >= 0.95, "\(bout): \(accuracy)")
    }

    @Test func heelFirstBackwardLandingsAreWarnedAbout() throws {
        let (_, analysis) = try Self.strikes("bw-run@heel", gyroscope: true)
        let warning = try #require(analysis.summary.warnings.first { $0.code == "heel-strike-backward" })
        #expect((warning.count ?? 0) >= 10)
        let (_, toe) = try Self.strikes("bw-run", gyroscope: true)
        #expect(!toe.summary.warnings.contains { $0.code == "heel-strike-backward" })
    }
}

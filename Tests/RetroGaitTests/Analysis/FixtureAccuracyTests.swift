import Foundation
import Testing
@testable import RetroGait

/// The committed fixtures, analysed end to end as `make demo` does, scored against their truth.
@Suite("Fixture accuracy")
struct FixtureAccuracyTests {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    private func analyse(_ name: String, placement: Placement, side: Side = .unknown) throws -> (GaitAnalysis, [GaitEvent]) {
        let loaded = try CanonicalCSVReader.read(
            contentsOf: Self.fixtures.appendingPathComponent("\(name).csv"), options: RecordingReadOptions(placement: placement))
        #expect(loaded.warnings.isEmpty, "unexpected repairs: \(loaded.warnings)")
        let analysis = try GaitAnalyzer(configuration: .init(placement: placement, sensorSide: side)).analyze(loaded.recording)
        let truth = try GaitEventTable.read(contentsOf: Self.fixtures.appendingPathComponent("\(name)-events.csv"))
        return (analysis, truth)
    }

    private func truthCadence(_ truth: [GaitEvent]) -> Double {
        let times = truth.filter { $0.kind == .initialContact }.map(\.time).sorted()
        let intervals = zip(times.dropFirst(), times).map { $0 - $1 }.sorted()
        return 60 / intervals[intervals.count / 2]
    }

    private func initialContactF1(_ detected: [GaitEvent], _ truth: [GaitEvent], toleranceSeconds: Double) -> Double {
        let evaluation = GaitEventEvaluator(options: EventEvaluationOptions(tolerance: toleranceSeconds))
            .evaluate(truth: truth.filter { $0.kind == .initialContact }, detected: detected.filter { $0.kind == .initialContact })
        return evaluation.initialContacts.detection.f1 ?? 0
    }

    @Test func demoLowerBackBackwardRunMatchesTruth() throws {
        let (analysis, truth) = try analyse("simulated-backward-run-lower-back-100hz", placement: .lowerBack)
        let cadence = try #require(analysis.summary.cadenceStepsPerMinute)
        #expect(abs(cadence - truthCadence(truth)) <= 3)
        #expect(initialContactF1(analysis.events, truth, toleranceSeconds: 0.05) >= 0.95)
    }

    @Test func footBackwardRunMatchesTheInstrumentedFoot() throws {
        let (analysis, truth) = try analyse("simulated-backward-run-foot-100hz", placement: .foot, side: .left)
        let cadence = try #require(analysis.summary.cadenceStepsPerMinute)
        #expect(abs(cadence - truthCadence(truth)) <= 3)
        #expect(analysis.events.allSatisfy { $0.side == .left })
        #expect(initialContactF1(analysis.events, truth.filter { $0.side == .left }, toleranceSeconds: 0.05) >= 0.95)
    }
}

import Foundation
import RetroGait
import Testing

/// `GaitAnalyzer.analyze(_:)` end to end through the public API, scored against the fixture's truth.
@Suite("Analysis")
struct AnalysisTests {
    private func analyseFixture() throws -> GaitAnalysis {
        let recording = try Fixture.loadLowerBackRun().recording
        return try GaitAnalyzer(configuration: .init(placement: .lowerBack)).analyze(recording)
    }

    @Test func backwardRunningFindsTheTrueInitialContacts() throws {
        let analysis = try analyseFixture()
        let truth = try GaitEventTable.read(contentsOf: Fixture.lowerBackRunEvents)
        let evaluation = GaitEventEvaluator(options: EventEvaluationOptions(tolerance: 0.05))
            .evaluate(truth: truth, detected: analysis.events)
        let f1 = try #require(evaluation.initialContacts.detection.f1)
        #expect(f1 >= 0.95)
        #expect(evaluation.toleranceMs == 50)
    }

    @Test func eventsStepsAndSummaryAgree() throws {
        let analysis = try analyseFixture()
        let contacts = analysis.initialContacts
        #expect(!contacts.isEmpty)
        #expect(contacts.allSatisfy { $0.kind == .initialContact })
        #expect(analysis.events.map(\.time) == analysis.events.map(\.time).sorted())
        #expect(analysis.steps.map(\.initialContactTime) == contacts.map(\.time))
        #expect(analysis.summary.detectedContacts == contacts.count)
        #expect(analysis.summary.steps == contacts.count)
        #expect(analysis.summary.placement == .lowerBack)
        #expect(analysis.summary.durationSeconds == 40)
        #expect(analysis.summary.sampleRateHz == 100)
        #expect(analysis.summary.warnings.isEmpty)
        let cadence = try #require(analysis.summary.cadenceStepsPerMinute)
        let stepTimes = analysis.steps.compactMap(\.stepMilliseconds).sorted()
        let medianStepMilliseconds = stepTimes[stepTimes.count / 2]
        #expect(abs(medianStepMilliseconds - 60_000 / cadence) <= 10, "both are medians of the same contact intervals")
        for step in analysis.steps {
            if let contact = step.contactMilliseconds, let toeOff = step.toeOffTime {
                #expect(abs((toeOff - step.initialContactTime) * 1000 - contact) < 1e-6)
            }
        }
    }

    @Test func aWholeFileIsAnalysedSegmentBySegment() throws {
        let text = "t,ax,ay,az\n" + ([0..<1600, 2000..<3600].flatMap { $0 }.map { "\(Double($0) / 100),0,0,1" })
            .joined(separator: "\n") + "\n"
        let loaded = try RecordingReader.parse(Data(text.utf8), file: "two-parts.csv", options: .init(placement: .lowerBack))
        let analyzer = GaitAnalyzer(configuration: .init(placement: .lowerBack))
        let result = try analyzer.analyze(loaded)
        #expect(result.segments.count == 2)
        #expect(result.segments.map(\.startTime) == [0, 20])
        #expect(try result.segments.map(\.analysis) == loaded.segments.map { try analyzer.analyze($0) })
        #expect(result.summary.durationSeconds == 32)
        #expect(result.summary.warnings.first?.code == "split-at-gap", "the reader's repairs come first")
        #expect(result.steps.isEmpty)
    }

    @Test func theRecordingsOwnPlacementDoesNotOverrideTheConfiguration() throws {
        var recording = try Fixture.loadLowerBackRun().recording
        let expected = try GaitAnalyzer(configuration: .init(placement: .lowerBack)).analyze(recording)
        recording.placement = .wrist
        #expect(try GaitAnalyzer(configuration: .init(placement: .lowerBack)).analyze(recording) == expected)
    }

    @Test func standingStillGivesAnEmptyValidResultWithAWarning() throws {
        let count = 3000
        let recording = try Recording(
            sampleRate: 100,
            acceleration: TriaxialSignal(
                x: [Float](repeating: 0, count: count),
                y: [Float](repeating: 0, count: count),
                z: [Float](repeating: 1, count: count)),
            placement: .lowerBack)
        let analysis = try GaitAnalyzer(configuration: .init(placement: .lowerBack)).analyze(recording)
        #expect(analysis.events.isEmpty)
        #expect(analysis.steps.isEmpty)
        #expect(analysis.summary.cadenceStepsPerMinute == nil)
        #expect(analysis.summary.warnings.map(\.code) == ["no-gait-detected"])
    }

    @Test func aTooSlowRecordingIsRefusedWithAReadableReason() throws {
        let recording = try Recording(
            sampleRate: 10, acceleration: TriaxialSignal(x: [0, 0], y: [0, 0], z: [1, 1]), placement: .foot)
        let analyzer = GaitAnalyzer(configuration: .init(placement: .foot))
        #expect(throws: AnalysisError.sampleRateTooLow(10, minimum: GaitAnalyzer.minimumSampleRate)) {
            try analyzer.analyze(recording)
        }
        do {
            _ = try analyzer.analyze(recording)
        } catch {
            #expect(error.localizedDescription.contains("10.0 Hz is too low"))
        }
    }
}

import Foundation
import RetroGait
import Testing

/// A whole file's analysis: every segment analysed, a combined summary.
@Suite("RecordingAnalysis")
struct RecordingAnalysisTests {
    static let fixture = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/simulated-backward-run-lower-back-100hz.csv")

    private func halves(of recording: Recording) throws -> [Recording] {
        let middle = recording.count / 2
        func part(_ range: Range<Int>, start: Double) throws -> Recording {
            try Recording(
                sampleRate: recording.sampleRate, startTime: start,
                acceleration: TriaxialSignal(
                    x: Array(recording.acceleration.x[range]), y: Array(recording.acceleration.y[range]),
                    z: Array(recording.acceleration.z[range])),
                placement: recording.placement)
        }
        return [try part(0..<middle, start: 0), try part(middle..<recording.count, start: 100)]
    }

    @Test func oneSegmentGivesItsOwnSummaryWithTheReaderWarningsFirst() throws {
        var loaded = try RecordingReader.read(contentsOf: Self.fixture, options: .init(placement: .lowerBack))
        let readerWarning = AnalysisWarning(code: "resampled", message: "resampled for the test")
        loaded.warnings = [readerWarning]
        let analyzer = GaitAnalyzer(configuration: .init(placement: .lowerBack))
        let alone = try analyzer.analyze(loaded.recording)
        let whole = try analyzer.analyze(loaded)
        #expect(whole.segments.count == 1)
        #expect(whole.events == alone.events && whole.steps == alone.steps)
        var expected = alone.summary
        expected.warnings = [readerWarning] + expected.warnings
        #expect(whole.summary == expected)
    }

    @Test func segmentsAddUpAndMediansSpanAllSteps() throws {
        let loaded = try RecordingReader.read(contentsOf: Self.fixture, options: .init(placement: .lowerBack))
        let parts = try halves(of: loaded.recording)
        let analyzer = GaitAnalyzer(configuration: .init(placement: .lowerBack))
        let whole = try analyzer.analyze(LoadedRecording(segments: parts, warnings: [], format: .canonical))
        #expect(whole.segments.map(\.startTime) == [0, 100])
        let first = whole.segments[0].analysis.summary
        let second = whole.segments[1].analysis.summary
        #expect(whole.summary.steps == first.steps + second.steps)
        #expect(whole.summary.durationSeconds == first.durationSeconds + second.durationSeconds)
        #expect(whole.steps.count == whole.segments[0].analysis.steps.count + whole.segments[1].analysis.steps.count)
        #expect(whole.events.last?.time ?? 0 > 100, "the second segment's events are on its own time base")
        let contacts = whole.steps.compactMap(\.contactMilliseconds).sorted()
        let middle = contacts.count / 2
        let median = contacts.count % 2 == 1 ? contacts[middle] : (contacts[middle - 1] + contacts[middle]) / 2
        #expect(whole.summary.medianContactMilliseconds == median)
        let cadences = [first.cadenceStepsPerMinute, second.cadenceStepsPerMinute].compactMap { $0 }
        let combined = try #require(whole.summary.cadenceStepsPerMinute)
        #expect(combined >= cadences.min()! && combined <= cadences.max()!)
        #expect(whole.summary.cadenceSeries.count == first.cadenceSeries.count + second.cadenceSeries.count)
    }
}

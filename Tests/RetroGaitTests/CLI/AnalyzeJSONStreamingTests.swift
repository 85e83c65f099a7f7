import Foundation
import GaitSimulator
import RetroGait
import Testing

/// `retrogait analyze --format json` writes each cadence series as the steps come (memory bounded
/// whatever the file's length): the output is still exactly the summary of the in-memory analysis.
@Suite("retrogait analyze --format json, streamed")
struct AnalyzeJSONStreamingTests {
    private static func rendered(_ summary: GaitSummary) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(summary), as: UTF8.self) + "\n"
    }

    @Test func oneSegmentIsTheInMemorySummaryByteForByte() throws {
        let file = StudyFolder.lowerBackRun.path
        let result = try CommandLineRunner.run(["analyze", file, "--placement", "lower-back", "--format", "json"])
        #expect(result.status == 0, "stderr: \(result.standardError)")
        let loaded = try RecordingReader.read(contentsOf: URL(fileURLWithPath: file), options: .init(placement: .lowerBack))
        let summary = try GaitAnalyzer(configuration: .init(placement: .lowerBack)).analyze(loaded).summary
        #expect(summary.cadenceSeries.count > 100)
        #expect(result.standardOutput == (try Self.rendered(summary)))
    }

    @Test func everySegmentGetsItsOwnSeries() throws {
        let recording = GaitSimulator.simulate(
            try SessionScript(parsing: "fw-run:20, bw-run:20, stand:5, fw-walk:15"),
            options: SimulationOptions(placement: .lowerBack, sampleRate: 50, seed: 4)).recording
        let lines = CanonicalCSVWriter.csv(recording).split(separator: "\n")
        // Rows 25–30 s removed: a 5 s gap splits the file into two segments.
        let kept = lines.enumerated().filter { index, _ in index == 0 || !(1251...1500).contains(index) }.map(\.element)
        let folder = try CommandLineRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("split.csv")
        try Data((kept.joined(separator: "\n") + "\n").utf8).write(to: file)

        let result = try CommandLineRunner.run(["analyze", file.path, "--placement", "lower-back", "--format", "json"])
        #expect(result.status == 0, "stderr: \(result.standardError)")
        struct Printed: Decodable {
            struct Segment: Decodable { var summary: GaitSummary }
            var segments: [Segment]
        }
        let printed = try JSONDecoder().decode(Printed.self, from: Data(result.standardOutput.utf8))
        let loaded = try RecordingReader.read(contentsOf: file, options: .init(placement: .lowerBack))
        let analysis = try GaitAnalyzer(configuration: .init(placement: .lowerBack)).analyze(loaded)
        #expect(analysis.segments.count == 2 && printed.segments.count == 2)
        for (shown, segment) in zip(printed.segments, analysis.segments) {
            #expect(shown.summary.cadenceSeries.count > 20)
            #expect(shown.summary.cadenceSeries == segment.analysis.summary.cadenceSeries)
            #expect(shown.summary.steps == segment.analysis.summary.steps)
        }
    }
}

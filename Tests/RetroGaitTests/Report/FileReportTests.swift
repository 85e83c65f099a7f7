import Foundation
@testable import GaitReport
@testable import RetroGait
import Testing

/// `retrogait report` reads its file twice, chunk by chunk (``GaitFileReport``), so that its memory does
/// not grow with the recording: the picture is byte for byte that of the file read whole, and what it
/// holds is bounded by the picture's width.
@Suite("Report of a file read in chunks")
struct FileReportTests {
    /// Writes `recording` as canonical CSV, without the rows of `removedSeconds` (a gap splits it).
    private func file(_ recording: Recording, removing removedSeconds: Range<Int>? = nil) throws -> URL {
        var lines = CanonicalCSVWriter.csv(recording).split(separator: "\n", omittingEmptySubsequences: false)
        if let removed = removedSeconds {
            let rate = Int(recording.sampleRate)
            lines.removeSubrange((1 + rate * removed.lowerBound)..<(1 + rate * removed.upperBound))
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("retrogait-file-report-\(UUID().uuidString).csv")
        try Data(lines.joined(separator: "\n").utf8).write(to: url)
        return url
    }

    /// The picture of the file read whole and analysed in memory.
    private func inMemoryReport(_ url: URL, placement: Placement, bouts: [Bout]? = nil, width: Int = 1200) throws -> GaitReport {
        let loaded = try RecordingReader.read(contentsOf: url, options: .init(placement: placement))
        let analysis = try GaitAnalyzer(configuration: .init(placement: placement)).analyze(loaded)
        return GaitReport(title: "run", recording: loaded, analysis: analysis, bouts: bouts, width: width)
    }

    @Test("Many events, long series, with and without a gap: the same SVG and HTML as in memory", arguments: [false, true])
    func longFileIsTheInMemoryPicture(withGap: Bool) throws {
        // 12.5 minutes at 25 Hz: two analysis windows, thousands of events (drawn as pixel columns).
        let recording = try StreamRun.simulate(
            "fw-run:3m, stand:30, bw-walk:2m, fw-walk:3m, stand:20, fw-run:3m, bw-run:20", placement: .lowerBack, rate: 25, seed: 7)
        let url = try file(recording, removing: withGap ? 400..<406 : nil)
        defer { try? FileManager.default.removeItem(at: url) }
        let expected = try inMemoryReport(url, placement: .lowerBack)
        let report = try GaitFileReport(
            contentsOf: url, options: .init(placement: .lowerBack), configuration: .init(placement: .lowerBack), title: "run")
        #expect(report.analysis.segments.count == (withGap ? 2 : 1))
        let svg = report.svg()
        #expect(svg == expected.svg())
        #expect(report.html() == expected.html())
        // Bounded by the picture, not by the recording: every mark is per pixel column.
        let content = report.content
        guard case let .columns(contacts, toeOffs) = content.events else {
            Issue.record("\(expected.analysis.events.count) events drawn one by one")
            return
        }
        #expect(contacts.count <= 1098 && toeOffs.count <= 1098)
        #expect(content.magnitude.columnCount <= 1098)
        #expect(content.cadence.points.isEmpty && content.cadence.envelope != nil)
        #expect(content.contact.points.isEmpty && content.contact.envelope != nil)
        #expect(svg.contains("2 segments") == withGap)
    }

    @Test("Few events are drawn on the signal, each at its sample's magnitude, as in memory")
    func shortFileIsTheInMemoryPicture() throws {
        let recording = try StreamRun.simulate("stand:10, bw-walk:12, stand:10", placement: .foot, rate: 100, seed: 5)
        let url = try file(recording)
        defer { try? FileManager.default.removeItem(at: url) }
        let expected = try inMemoryReport(url, placement: .foot)
        let report = try GaitFileReport(
            contentsOf: url, options: .init(placement: .foot), configuration: .init(placement: .foot), title: "run")
        guard case let .points(contacts, toeOffs) = report.content.events else {
            Issue.record("\(expected.analysis.events.count) events drawn as columns")
            return
        }
        #expect(!contacts.isEmpty && !toeOffs.isEmpty)
        #expect(contacts.allSatisfy { $0.magnitude.isFinite && $0.magnitude > 0 })
        #expect(report.svg() == expected.svg())
    }

    @Test("Given bouts replace the detected ones, as in memory")
    func givenBouts() throws {
        let recording = try StreamRun.simulate("fw-run:40, stand:10, bw-run:30", placement: .lowerBack, rate: 50, seed: 3)
        let url = try file(recording)
        defer { try? FileManager.default.removeItem(at: url) }
        let bouts = [Bout(startTime: 0, endTime: 40, activity: .running, direction: .forward),
                     Bout(startTime: 40, endTime: 50, activity: .standing, direction: .unknown),
                     Bout(startTime: 50, endTime: 80, activity: .running, direction: .backward)]
        let expected = try inMemoryReport(url, placement: .lowerBack, bouts: bouts, width: 900)
        let report = try GaitFileReport(
            contentsOf: url, options: .init(placement: .lowerBack), configuration: .init(placement: .lowerBack),
            title: "run", bouts: bouts, width: 900)
        #expect(report.svg() == expected.svg())
        #expect(report.content.strikeGroups.count == 2)
    }

    @Test("A file that cannot be read is an error, not a crash")
    func unreadableFile() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("retrogait-no-such-\(UUID().uuidString).csv")
        #expect(throws: FileReadError.self) {
            try GaitFileReport(contentsOf: missing, options: .init(placement: .foot), configuration: .init(placement: .foot))
        }
    }
}

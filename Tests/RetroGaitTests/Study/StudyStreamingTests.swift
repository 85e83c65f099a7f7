import Foundation
@testable import GaitStudy
@testable import RetroGait
import Testing

/// `retrogait batch` analyses each file as it reads it and writes its outputs as they are decided
/// (memory bounded whatever the file's length): the files are byte for byte those of the in-memory
/// analysis, and the event table is in time order although walking's toe-offs are decided before the
/// next contact they follow.
@Suite("Batch outputs written as the file is analysed")
struct StudyStreamingTests {
    @Test(arguments: [false, true])
    func streamedOutputsAreTheInMemoryOutputs(withGap: Bool) throws {
        // 12.5 minutes at 25 Hz: two analysis windows; walking puts toe-offs after the next contact.
        let recording = try StreamRun.simulate(
            "fw-run:3m, stand:30, bw-walk:2m, fw-walk:3m, stand:20, fw-run:3m, bw-run:20", placement: .lowerBack, rate: 25, seed: 7)
        var lines = CanonicalCSVWriter.csv(recording).split(separator: "\n", omittingEmptySubsequences: false)
        // Rows of 400–406 s removed: a 6 s gap splits the file into two segments.
        if withGap { lines.removeSubrange((1 + 25 * 400)..<(1 + 25 * 406)) }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("retrogait-streamed-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("in/walk.csv")
        try FileManager.default.createDirectory(at: input.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(lines.joined(separator: "\n").utf8).write(to: input)

        let settings = StudySettings(readOptions: RecordingReadOptions(placement: .lowerBack), analyzer: .init(placement: .lowerBack))
        let study = StudyInput(url: input, displayPath: input.path, outputName: "walk", byteCount: 0)
        let streamedFolder = root.appendingPathComponent("streamed")
        let result = StudyRunner(outputFolder: streamedFolder, settings: settings, jobs: 1).process(study, index: 0)
        guard case let .analysed(row, samples) = result.outcome else {
            Issue.record("not analysed: \(result.outcome)")
            return
        }

        let loaded = try RecordingReader.read(contentsOf: input, options: settings.readOptions)
        let analysis = try GaitAnalyzer(configuration: settings.analyzer).analyze(loaded)
        #expect(analysis.segments.count == (withGap ? 2 : 1))
        #expect(samples == loaded.segments.reduce(0) { $0 + $1.count })
        let document = RecordingSummaryDocument(file: input.path, settings: settings.fingerprint, analysis: analysis)
        #expect(row == document.row)
        let inMemoryFolder = root.appendingPathComponent("in-memory")
        let inMemory = StudyFileOutputs(for: study, in: inMemoryFolder)
        try inMemory.write(analysis, document: document, with: AtomicFileWriter())

        let streamed = StudyFileOutputs(for: study, in: streamedFolder)
        for (a, b) in zip(streamed.all, inMemory.all) {
            let (streamedBytes, inMemoryBytes) = (try Data(contentsOf: a), try Data(contentsOf: b))
            #expect(streamedBytes == inMemoryBytes, "\(a.lastPathComponent) differs")
        }
        // The case the ordering exists for, and series in every summary.
        let emitted = try GaitEventTable.parse(String(decoding: try Data(contentsOf: streamed.events), as: UTF8.self), file: "events")
        #expect(emitted.count == analysis.events.count && analysis.events.count > 1000)
        #expect(analysis.summary.cadenceSeries.count > 500 && analysis.segments.allSatisfy { !$0.analysis.summary.cadenceSeries.isEmpty })
        let files = try FileManager.default.contentsOfDirectory(atPath: streamedFolder.path)
        #expect(!files.contains { $0.hasSuffix(".tmp") })
    }

    @Test func eventsArriveOutOfOrderAndLeaveInTimeOrder() {
        let times = [0.5, 0.8, 0.7, 1.2, 1.1, 1.1, 40, 39.5, 80, 1.0e4]
        var ordering = EventOrdering()
        var released: [GaitEvent] = []
        for (index, time) in times.enumerated() {
            let event = GaitEvent(kind: index % 2 == 0 ? .initialContact : .toeOff, time: time, sampleIndex: index)
            ordering.add(event) { released.append($0) }
            // Nothing more than the horizon behind the newest event is still held.
            #expect(released.count >= times[...index].filter { $0 < time - ordering.horizonSeconds }.count)
        }
        ordering.finish { released.append($0) }
        #expect(released.map(\.time) == times.sorted())
        // Equal times keep their arrival order (a stable sort).
        #expect(released.filter { $0.time == 1.1 }.map(\.sampleIndex) == [4, 5])
    }
}

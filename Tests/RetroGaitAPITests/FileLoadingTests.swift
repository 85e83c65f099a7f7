import Foundation
import RetroGait
import Testing

/// Reading recordings from files and bytes: the whole-file reader, the streaming reader, and refusals.
@Suite("Loading recordings")
struct FileLoadingTests {
    @Test func theFixtureLoadsAsOneCleanSegmentInG() throws {
        let loaded = try Fixture.loadLowerBackRun()
        #expect(loaded.format == .canonical)
        #expect(loaded.segments.count == 1)
        #expect(loaded.warnings.isEmpty, "unexpected repairs: \(loaded.warnings)")
        let recording = loaded.recording
        #expect(recording.sampleRate == 100)
        #expect(recording.count == 4000)
        #expect(recording.placement == .lowerBack)
        #expect(recording.angularVelocity?.count == recording.count)
        let signal = recording.acceleration
        func mean(_ channel: [Float]) -> Float { channel.reduce(0, +) / Float(channel.count) }
        let gravity = (mean(signal.x) * mean(signal.x) + mean(signal.y) * mean(signal.y) + mean(signal.z) * mean(signal.z))
            .squareRoot()
        #expect(abs(gravity - 1) < 0.1, "over a whole run, the mean acceleration vector is gravity, 1 g; got \(gravity)")
    }

    @Test func streamedChunksAddUpToTheWholeFile() throws {
        let whole = try Fixture.loadLowerBackRun().recording
        let reader = try RecordingChunkReader(
            contentsOf: Fixture.lowerBackRun, options: RecordingReadOptions(placement: .lowerBack), chunkLength: 1000)
        var x: [Float] = []
        var chunks = 0
        while let chunk = try reader.next() {
            #expect(chunk.segment == 0)
            #expect(chunk.firstSampleIndex == x.count)
            x += chunk.acceleration.x
            chunks += 1
        }
        #expect(chunks == 4)
        #expect(x == whole.acceleration.x)
        #expect(reader.warnings.isEmpty)
    }

    @Test func bytesInMemoryReadLikeAFile() throws {
        let text = "t,ax,ay,az\n" + (0..<200).map { "\(Double($0) / 50),0,0,1" }.joined(separator: "\n") + "\n"
        let loaded = try RecordingReader.parse(
            Data(text.utf8), file: "memory.csv", options: RecordingReadOptions(placement: .wrist))
        #expect(loaded.recording.sampleRate == 50)
        #expect(loaded.recording.count == 200)
    }

    @Test func aMissingFileIsAnErrorNamingIt() {
        let url = Fixture.folder.appendingPathComponent("no-such-file.csv")
        #expect {
            try RecordingReader.read(contentsOf: url, options: RecordingReadOptions(placement: .foot))
        } throws: { error in
            guard let error = error as? FileReadError, case .unreadable = error.reason else { return false }
            return error.description.contains("no-such-file.csv")
        }
    }

    @Test func aMalformedRowIsAnErrorNamingFileAndLine() {
        let text = "t,ax,ay,az\n0.00,0,0,1\n0.01,0,O.5,1\n0.02,0,0,1\n"
        do {
            _ = try RecordingReader.parse(Data(text.utf8), file: "run.csv", options: RecordingReadOptions(placement: .foot))
            Issue.record("a row with 'O.5' was accepted")
        } catch {
            #expect(error.file == "run.csv")
            #expect(error.line == 3)
            #expect(error.reason == .notANumber(column: "ay", field: "O.5"))
            #expect(error.localizedDescription.hasPrefix("run.csv:3: "))
        }
    }

    @Test func eventAndBoutTablesReadTheTruth() throws {
        let events = try GaitEventTable.read(contentsOf: Fixture.lowerBackRunEvents)
        #expect(events.contains { $0.kind == .initialContact })
        #expect(events.allSatisfy { $0.direction == .backward })
        let bouts = try BoutTable.read(contentsOf: Fixture.lowerBackRunBouts)
        #expect(bouts == [Bout(startTime: 0, endTime: 40, activity: .running, direction: .backward)])
        #expect(try GaitEventTable.parse(GaitEventTable.csv(events), file: "round-trip") == events)
    }
}

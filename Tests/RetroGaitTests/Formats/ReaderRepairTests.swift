import Foundation
import Testing
@testable import RetroGait

@Suite("Recording reader: repairs, refusals and streaming")
struct ReaderRepairTests {
    private let options = RecordingReadOptions(placement: .lowerBack, accelerationUnit: .standardGravity)

    private func parse(_ text: String, options: RecordingReadOptions? = nil) throws(FileReadError) -> LoadedRecording {
        try RecordingReader.parse(Data(text.utf8), file: "r.csv", options: options ?? self.options)
    }

    private func rows(_ count: Int, value: (Int) -> String = { "\(Double($0) / 1000),0,1" }) -> String {
        (0..<count).map { "\(Double($0) / 100),\(value($0))\n" }.joined()
    }

    @Test func interpolatesIsolatedMissingValuesAndCountsThem() throws {
        let text = "t,ax,ay,az\n" + rows(20) { i in
            i == 5 ? "nan,0,1" : i == 9 ? ",0,1" : i == 10 ? "NaN,,1" : "\(Double(i)),0,1"
        }
        let loaded = try parse(text)
        let x = loaded.recording.acceleration.x
        #expect(x[5] == 5)
        #expect(abs(x[9] - 9) < 1e-5 && abs(x[10] - 10) < 1e-5)
        #expect(loaded.warnings.first { $0.code == "missing-values-interpolated" }?.count == 4)
    }

    @Test func dropsMissingValuesAtTheEdgesWithCount() throws {
        let text = "t,ax,ay,az\n" + rows(20) { i in i < 2 || i == 19 ? ",0,1" : "0.5,0,1" }
        let loaded = try parse(text)
        #expect(loaded.recording.count == 17)
        #expect(loaded.recording.startTime == 0.02)
        #expect(loaded.warnings.first { $0.code == "missing-values-dropped" }?.count == 3)
    }

    @Test func flagsClippedSamplesWithRange() throws {
        let text = "t,ax,ay,az\n" + rows(100) { i in
            let x = (30..<36).contains(i) || (60..<64).contains(i) ? "8" : (70..<73).contains(i) ? "-8" : "\(Double(i % 7) * 0.5)"
            return "\(x),0,1"
        }
        let warning = try #require(try parse(text).warnings.first { $0.code == "clipped-samples" })
        #expect(warning.count == 13)
        #expect(warning.message.contains("-8.00 g to 8.00 g"))
        // The same runs below 2 g are ordinary still periods, not clipping.
        let still = "t,ax,ay,az\n" + rows(100) { i in (30..<36).contains(i) ? "1.5,0,1" : "\(Double(i % 7) * 0.1),0,1" }
        #expect(!(try parse(still).warnings.contains { $0.code == "clipped-samples" }))
    }

    @Test func acceptsMixedLineEndingsIncludingLoneCarriageReturns() throws {
        let text = "\u{FEFF}t,ax,ay,az\r\n0,0,0,1\r0.01,0,0,1\n0.02,0,0,1\r\n\r0.03,0,0,1\r0.04,0,x,1\n"
        #expect(throws: FileReadError(file: "r.csv", line: 7, reason: .notANumber(column: "ay", field: "x"))) { try parse(text) }
        let good = try parse(text.replacingOccurrences(of: "0,x,1", with: "0,0,1"))
        #expect(good.recording.count == 5)
        #expect(good.warnings.isEmpty)
    }

    @Test func readsSemicolonDelimitedDecimalComma() throws {
        let text = "t;ax;ay;az\n0;0,5;-0,25;1\n0,01;0,5;-0,25;1\n0,02;1,5e-1;0;1\n"
        let loaded = try parse(text)
        #expect(loaded.recording.acceleration.x == [0.5, 0.5, 0.15])
        #expect(loaded.recording.acceleration.y[0] == -0.25)
        #expect(abs(loaded.recording.sampleRate - 100) < 1e-9)
    }

    @Test func readsHeaderlessFileWithRateAndMapping() throws {
        let text = (0..<30).map { "\($0 % 3),0.1,0.2,1.0\n" }.joined()
        let options = RecordingReadOptions(
            placement: .foot, accelerationUnit: .standardGravity, columns: ColumnMapping(time: nil, acceleration: ["2", "3", "4"]),
            sampleRate: 50)
        let loaded = try parse(text, options: options)
        #expect(loaded.format == .delimited)
        #expect(loaded.recording.count == 30)
        #expect(loaded.recording.sampleRate == 50)
        #expect(loaded.recording.acceleration.z[29] == 1)
        var noRate = options
        noRate.sampleRate = nil
        #expect(throws: FileReadError.self) { try parse(text, options: noRate) }
    }

    @Test func readsMillisecondTimeColumnAndRadiansPerSecond() throws {
        var text = "ms\tx\ty\tz\twx\twy\twz\n"
        for i in 0..<20 { text += "\(1_000_000 + i * 20)\t0\t0\t1\t1\t0\t0\n" }
        let options = RecordingReadOptions(
            placement: .foot, accelerationUnit: .standardGravity,
            columns: ColumnMapping(time: "ms", acceleration: ["x", "y", "z"], angularVelocity: ["wx", "wy", "wz"]),
            angularVelocityUnit: .radiansPerSecond, timeUnit: .milliseconds)
        let loaded = try parse(text, options: options)
        #expect(abs(loaded.recording.sampleRate - 50) < 1e-9)
        #expect(loaded.recording.startTime == 1000)
        #expect(loaded.recording.angularVelocity?.x[0] == Float(180 / Double.pi))
    }

    @Test func refusesMappingOfAbsentColumn() {
        let options = RecordingReadOptions(placement: .foot, columns: ColumnMapping(time: "t", acceleration: ["ax", "ay", "nope"]))
        #expect(throws: FileReadError(file: "r.csv", line: 1, reason: .missingColumn("nope"))) {
            try parse("t,ax,ay,az\n0,0,0,1\n", options: options)
        }
    }

    @Test func refusesConflictingDuplicatesAndBackwardStepsEvenAfterManyRows() {
        var text = "t,ax,ay,az\n" + rows(10_000)
        text += "99.985,0,0,1\n"
        #expect(throws: FileReadError(file: "r.csv", line: 10_002, reason: .timeNotIncreasing(previous: 99.99, current: 99.985))) {
            try parse(text)
        }
    }

    @Test(arguments: [1, 7, 4096, 65_536])
    func chunksJoinToTheWholeRecording(chunkLength: Int) throws {
        var text = "t,ax,ay,az,gx,gy,gz\n"
        for i in 0..<12_345 where !(5000..<5040).contains(i) && !(9000..<9300).contains(i) {
            let t = Double(i) / 100 + (i > 7000 ? 0.001 * Double(i % 3) : 0)
            text += "\(t),\(Float(i % 97) / 50),0.5,1,\(i % 11),2,3\n"
        }
        let whole = try parse(text)
        #expect(whole.segments.count == 2)
        let reader = try RecordingChunkReader(data: Data(text.utf8), file: "r.csv", options: options, chunkLength: chunkLength)
        var x: [[Float]] = [[], []]
        var gz: [[Float]] = [[], []]
        var lastChunkOfSegment: [Bool] = []
        while let chunk = try reader.next() {
            #expect(chunk.count <= chunkLength)
            #expect(chunk.firstSampleIndex == x[chunk.segment].count)
            x[chunk.segment] += chunk.acceleration.x
            gz[chunk.segment] += chunk.angularVelocity!.z
            if chunk.endsSegment { lastChunkOfSegment.append(true) } else { #expect(chunk.count == chunkLength) }
        }
        #expect(lastChunkOfSegment.count == 2)
        #expect(x == whole.segments.map(\.acceleration.x))
        #expect(gz == whole.segments.map { $0.angularVelocity!.z })
        #expect(reader.warnings == whole.warnings)
        #expect(whole.warnings.map(\.code) == ["gaps-interpolated", "resampled", "split-at-gap"])
    }

    @Test func readsLinesLongerThanOneBlock() throws {
        let note = String(repeating: "a", count: 3 * RecordingChunkReader.blockSize)
        var text = "t,ax,ay,az,note\n"
        for i in 0..<5 { text += "\(Double(i) / 100),0,0,1,\(i == 2 ? note : "n")\n" }
        let loaded = try parse(text)
        #expect(loaded.recording.count == 5)
        #expect(loaded.warnings.first { $0.code == "columns-ignored" }?.count == 1)
    }
}

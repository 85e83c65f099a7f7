import Foundation
import Testing
@testable import RetroGait

@Suite("Canonical CSV reader")
struct CanonicalCSVReaderTests {
    private let options = RecordingReadOptions(placement: .lowerBack)

    private func parse(_ text: String, options: RecordingReadOptions? = nil) throws(FileReadError) -> LoadedRecording {
        try CanonicalCSVReader.parse(Data(text.utf8), file: "test.csv", options: options ?? self.options)
    }

    /// A well-formed file: 1 g on z, 100 Hz.
    private func uniformText(rows: Int = 50, rate: Double = 100, gyro: Bool = false) -> String {
        var text = gyro ? "t,ax,ay,az,gx,gy,gz\n" : "t,ax,ay,az\n"
        for i in 0..<rows {
            text += "\(Double(i) / rate),0.01,-0.02,\(1 + 0.001 * Double(i % 5))"
            text += gyro ? ",1.5,-2,\(i)\n" : "\n"
        }
        return text
    }

    @Test func readsUniformFileExactly() throws {
        let loaded = try parse(uniformText())
        #expect(loaded.recording.count == 50)
        #expect(abs(loaded.recording.sampleRate - 100) < 1e-9)
        #expect(loaded.recording.acceleration.z[3] == Float(1.003))
        #expect(loaded.recording.angularVelocity == nil)
        #expect(loaded.warnings.isEmpty)
    }

    @Test func readsGyroscopeColumnsInAnyOrder() throws {
        let text = "gz,t,az,gy,ay,gx,ax\n" + (0..<20).map { "\($0),\(Double($0) / 50),1,2,0,3,0" }.joined(separator: "\n")
        let recording = try parse(text).recording
        #expect(recording.angularVelocity?.z[7] == 7)
        #expect(recording.angularVelocity?.x[7] == 3)
        #expect(recording.angularVelocity?.y[7] == 2)
        #expect(abs(recording.sampleRate - 50) < 1e-9)
    }

    @Test func detectsMetersPerSecondSquaredAndConverts() throws {
        let text = "t,ax,ay,az\n" + (0..<30).map { "\(Double($0) / 100),0,0,9.80665" }.joined(separator: "\n")
        let loaded = try parse(text)
        #expect(loaded.recording.sourceUnit == .metersPerSecondSquared)
        #expect(abs(loaded.recording.acceleration.z[0] - 1) < 1e-6)
        #expect(loaded.warnings.contains { $0.code == "acceleration-unit-detected" })
    }

    @Test func explicitUnitOverridesDetection() throws {
        let text = "t,ax,ay,az\n" + (0..<30).map { "\(Double($0) / 100),0,0,3" }.joined(separator: "\n")
        #expect(throws: FileReadError.self) { try parse(text) }
        let loaded = try parse(text, options: RecordingReadOptions(placement: .foot, accelerationUnit: .standardGravity))
        #expect(loaded.recording.acceleration.z[0] == 3)
    }

    @Test func acceptsCRLFAndByteOrderMarkAndBlankLines() throws {
        let text = "\u{FEFF}t,ax,ay,az\r\n0,0,0,1\r\n\r\n0.01,0,0,1\r\n0.02,0,0,1\r\n"
        let recording = try parse(text).recording
        #expect(recording.count == 3)
    }

    @Test func refusesFileWithoutHeader() {
        #expect(throws: FileReadError(file: "test.csv", line: 1, reason: .missingHeader(
            expected: "t,ax,ay,az[,gx,gy,gz]", found: "0,0,0,1"))) {
            try parse("0,0,0,1\n0.01,0,0,1\n")
        }
    }

    @Test func refusesLetterInNumberNamingLine() {
        #expect(throws: FileReadError(file: "test.csv", line: 3, reason: .notANumber(column: "ay", field: "0.0x1"))) {
            try parse("t,ax,ay,az\n0,0,0,1\n0.01,0,0.0x1,1\n0.02,0,0,1\n")
        }
    }

    @Test func refusesEmptyFile() {
        #expect(throws: FileReadError(file: "test.csv", reason: .empty)) { try parse("") }
        #expect(throws: FileReadError(file: "test.csv", reason: .empty)) { try parse("\n \n") }
    }

    @Test func refusesHeaderWithoutData() {
        #expect(throws: FileReadError(file: "test.csv", line: 2, reason: .noData)) { try parse("t,ax,ay,az\n") }
    }

    @Test func refusesDecreasingTimeNamingLine() {
        #expect(throws: FileReadError(file: "test.csv", line: 4, reason: .timeNotIncreasing(previous: 0.02, current: 0.01))) {
            try parse("t,ax,ay,az\n0,0,0,1\n0.02,0,0,1\n0.01,0,0,1\n")
        }
    }

    @Test func refusesDuplicateTimeWithDifferentValues() {
        #expect(throws: FileReadError(file: "test.csv", line: 3, reason: .conflictingDuplicateTime(time: 0))) {
            try parse("t,ax,ay,az\n0,0,0,1\n0,0,0.5,1\n0.01,0,0,1\n")
        }
    }

    @Test func dropsExactDuplicateRowsWithCount() throws {
        let loaded = try parse("t,ax,ay,az\n0,0,0,1\n0,0,0,1\n0.01,0,0,1\n0.01,0,0,1\n0.02,0,0,1\n")
        #expect(loaded.recording.count == 3)
        #expect(loaded.warnings.contains { $0.code == "duplicate-rows-dropped" && $0.count == 2 })
    }

    @Test func refusesMissingColumn() {
        #expect(throws: FileReadError(file: "test.csv", line: 1, reason: .missingColumn("az"))) {
            try parse("t,ax,ay\n0,0,0\n")
        }
    }

    @Test func refusesShortRowInTheMiddle() {
        #expect(throws: FileReadError(file: "test.csv", line: 3, reason: .wrongFieldCount(expected: 4, found: 3))) {
            try parse("t,ax,ay,az\n0,0,0,1\n0.01,0,0\n0.02,0,0,1\n")
        }
    }

    @Test func refusesInfinityAndLongRunsOfMissingValues() {
        #expect(throws: FileReadError(file: "test.csv", line: 3, reason: .notANumber(column: "ax", field: "inf"))) {
            try parse("t,ax,ay,az\n0,0,0,1\n0.01,inf,0,1\n0.02,0,0,1\n")
        }
        var text = "t,ax,ay,az\n0,0,0,1\n"
        for i in 1...7 { text += "\(Double(i) / 100),nan,0,1\n" }
        text += "0.08,0,0,1\n"
        #expect(throws: FileReadError(file: "test.csv", line: 3, reason: .tooManyMissingValues(column: "ax", count: 6, limit: 5))) {
            try parse(text)
        }
    }

    @Test func dropsTruncatedLastLineWithWarning() throws {
        let loaded = try parse(uniformText(rows: 20) + "0.2,0.01,-0")
        #expect(loaded.recording.count == 20)
        #expect(loaded.warnings.map(\.code) == ["truncated-last-line"])
        let cutInNumber = try parse(uniformText(rows: 20) + "0.2,0.01,-0.02,1.0e")
        #expect(cutInNumber.recording.count == 20)
    }

    @Test func keepsCompleteLastLineWithoutNewline() throws {
        let loaded = try parse(String(uniformText(rows: 20).dropLast()))
        #expect(loaded.recording.count == 20)
        #expect(loaded.warnings.isEmpty)
    }

    @Test func resamplesJitteredTimestampsAndSaysSo() throws {
        var text = "t,ax,ay,az\n"
        for i in 0..<200 {
            let jitter = i % 2 == 0 ? 0.002 : -0.002
            text += "\(Double(i) * 0.01 + (i == 0 || i == 199 ? 0 : jitter)),\(Double(i) * 0.001),0,1\n"
        }
        let loaded = try parse(text)
        #expect(loaded.warnings.contains { $0.code == "resampled" })
        #expect(abs(loaded.recording.sampleRate - 100) < 0.01)
        #expect(loaded.recording.count == 200)
    }

    @Test func bridgesShortGap() throws {
        var text = "t,ax,ay,az\n"
        for i in 0..<100 where !(40..<60).contains(i) { text += "\(Double(i) * 0.01),0,0,1\n" }
        let bridged = try parse(text)
        #expect(bridged.recording.count == 100)
        #expect(bridged.warnings.contains { $0.code == "gaps-interpolated" && $0.count == 1 })
    }

    @Test func splitsAtLongGapInsteadOfInventingData() throws {
        var long = "t,ax,ay,az\n"
        for i in 0..<100 { long += "\(Double(i) * 0.01 + (i >= 50 ? 5 : 0)),\(Double(i) / 1000),0,1\n" }
        let loaded = try parse(long)
        #expect(loaded.segments.count == 2)
        #expect(loaded.segments.map(\.count) == [50, 50])
        #expect(loaded.segments[1].startTime == 5.5)
        #expect(loaded.segments[1].acceleration.x.first == 0.05)
        let split = loaded.warnings.first { $0.code == "split-at-gap" }
        #expect(split?.count == 2)
        #expect(split?.message.contains("line 52") == true)
        #expect(!loaded.warnings.contains { $0.code == "gaps-interpolated" || $0.code == "resampled" })
    }

    @Test func ignoresUnknownColumnsWithWarning() throws {
        let loaded = try parse("t,ax,ay,az,temperature\n0,0,0,1,20\n0.01,0,0,1,20\n0.02,0,0,1,20\n")
        #expect(loaded.warnings.contains { $0.code == "columns-ignored" })
    }

    @Test func writerOutputReadsBackBitExact() throws {
        let values: [Float] = [0.1, -1.234_567_8, 3.402_823e38, 1e-30, 0, -0.0, 1.5, 0.333_333_34]
        let x = values, y = values.reversed().map { $0 }, z = values.map { $0 / 3 }
        let gyro = TriaxialSignal(x: values.map { $0 / 7 }, y: values, z: values)
        let recording = try Recording(sampleRate: 100, acceleration: TriaxialSignal(x: x, y: y, z: z),
                                      angularVelocity: gyro, placement: .foot)
        let text = CanonicalCSVWriter.csv(recording)
        let back = try parse(text, options: RecordingReadOptions(placement: .foot, accelerationUnit: .standardGravity)).recording
        #expect(back.acceleration == recording.acceleration)
        #expect(back.angularVelocity == recording.angularVelocity)
    }

    @Test func readsFromDiskAndReportsMissingFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("retrogait-\(UUID().uuidString).csv")
        try Data(uniformText().utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try CanonicalCSVReader.read(contentsOf: url, options: options).recording.count == 50)
        let missing = url.appendingPathExtension("missing")
        #expect(throws: FileReadError.self) { try CanonicalCSVReader.read(contentsOf: missing, options: options) }
    }
}

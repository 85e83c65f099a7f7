import Foundation
import GaitDatasets
import Testing
@testable import RetroGait

/// Every layout in `Fixtures/formats/` is told apart from its first lines and read to the values the
/// generating script wrote (see the folder's README: synthetic files in the documented layouts).
@Suite("Recording formats: fixtures and real Xsens data")
struct FormatFixtureTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/formats")
    private let options = RecordingReadOptions(placement: .foot)
    private let g = Float(1 / AccelerationUnit.standardGravityInMetersPerSecondSquared)

    private func read(_ name: String, options: RecordingReadOptions? = nil) throws -> LoadedRecording {
        try RecordingReader.read(contentsOf: Self.folder.appendingPathComponent(name), options: options ?? self.options)
    }

    @Test func sensorLoggerTotalAcceleration() throws {
        let loaded = try read("sensor-logger-TotalAcceleration.csv")
        #expect(loaded.format == .sensorLogger)
        #expect(loaded.recording.count == 40)
        #expect(abs(loaded.recording.sampleRate - 100) < 1e-6)
        #expect(abs(loaded.recording.startTime - 1_714_564_800.123_456_789) < 1e-6)
        // Columns come as z,y,x and in m/s².
        #expect(loaded.recording.acceleration.y[0] == Float(-9.366720) * g)
        #expect(loaded.recording.acceleration.z[1] == Float(0.797534) * g)
        #expect(loaded.recording.acceleration.x[1] == Float(0.046930) * g)
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
    }

    @Test(arguments: ["phyphox-acceleration-with-g-comma.csv", "phyphox-acceleration-with-g-semicolon.csv"])
    func phyphoxAccelerationWithG(_ name: String) throws {
        let loaded = try read(name)
        #expect(loaded.format == .phyphox)
        #expect(loaded.recording.count == 40)
        #expect(abs(loaded.recording.sampleRate - 100) < 1e-6)
        #expect(abs(loaded.recording.startTime - 0.0023) < 1e-12)
        #expect(loaded.recording.acceleration.y[1] == Float(-9.148005877) * g)
        #expect(loaded.recording.acceleration.z[1] == Float(0.797533867) * g)
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
    }

    @Test func xsensWithDroppedPacketAndCounterWrap() throws {
        let loaded = try read("xsens-mtw-100hz.txt")
        #expect(loaded.format == .xsens)
        #expect(loaded.segments.count == 1)
        #expect(loaded.recording.count == 40, "the dropped packet is interpolated, the wrap is unwrapped")
        #expect(loaded.recording.sampleRate == 100)
        #expect(loaded.recording.startTime == 655.2)
        #expect(loaded.warnings.contains { $0.code == "gaps-interpolated" && $0.count == 1 })
        let gyro = try #require(loaded.recording.angularVelocity)
        #expect(abs(gyro.y[0] - Float(-0.05 * 180 / Double.pi)) < 1e-5)
    }

    @Test func delimitedWithISO8601TimeAndMapping() throws {
        let mapping = ColumnMapping(time: "timestamp", acceleration: ["accX", "accY", "accZ"], angularVelocity: ["gyrX", "gyrY", "gyrZ"])
        let loaded = try read("delimited-iso8601-g-dps.csv", options: RecordingReadOptions(placement: .foot, columns: mapping))
        #expect(loaded.format == .delimited)
        #expect(loaded.recording.count == 40)
        #expect(abs(loaded.recording.sampleRate - 100) < 1e-6)
        let may1 = Double(ISO8601Timestamp.daysFromCivil(year: 2024, month: 5, day: 1)) * 86_400 + 12 * 3600
        #expect(loaded.recording.startTime == may1)
        #expect(loaded.recording.acceleration.y[0] == Float(-0.955140))
        #expect(loaded.recording.angularVelocity?.x[1] == Float(1.987))
        #expect(loaded.recording.sourceUnit == .standardGravity)
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
    }

    @Test func unmappedUnknownHeaderIsAClearError() {
        #expect(throws: FileReadError(
            file: Self.folder.appendingPathComponent("delimited-iso8601-g-dps.csv").path, line: 1,
            reason: .unknownLayout(header: "timestamp,temp_c,accX,accY,accZ,gyrX,gyrY,gyrZ"))) {
            try read("delimited-iso8601-g-dps.csv")
        }
    }

    /// The real Voisard et al. Xsens exports read like the data set loader reads them.
    @Test func realVoisardExportsMatchTheirLayout() throws {
        guard let data = DatasetLocation.folder("voisard2023-walking-feet-lowback") else { return }
        let files = try FileManager.default.contentsOfDirectory(atPath: data.appendingPathComponent("GaitData").path)
            .filter { $0.hasSuffix(".txt") }.sorted().prefix(6)
        #expect(!files.isEmpty)
        for name in files {
            let url = data.appendingPathComponent("GaitData").appendingPathComponent(name)
            let loaded = try RecordingReader.read(contentsOf: url, options: options)
            #expect(loaded.format == .xsens)
            #expect(loaded.recording.sampleRate == 100)
            #expect(loaded.recording.angularVelocity != nil)
            let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            let first = lines[2].split(separator: "\t").map { Double($0)! }
            #expect(loaded.recording.startTime == first[0] / 100)
            #expect(loaded.recording.acceleration.x[0] == Float(first[1]) * g)
            #expect(loaded.recording.angularVelocity!.z[0] == Float(first[6]) * Float(180 / Double.pi))
            let lastCounter = Double(lines[lines.count - 1].split(separator: "\t")[0])!
            #expect(loaded.recording.count == Int(lastCounter - first[0]) + 1, "\(name)")
        }
    }
}

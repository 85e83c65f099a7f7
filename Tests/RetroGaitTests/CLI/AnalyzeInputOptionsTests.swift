import Foundation
import Testing

/// `retrogait analyze` with the input options: formats, column mappings and recordings split at gaps.
@Suite("retrogait analyze input options")
struct AnalyzeInputOptionsTests {
    static let formats = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/formats")

    @Test func helpExplainsEveryInputOptionWithAnExample() throws {
        let help = try CommandLineRunner.run(["analyze", "--help"])
        #expect(help.status == 0)
        for option in ["--format-in", "--time-column", "--acc-columns", "--gyro-columns", "--acc-unit", "--gyro-unit",
                       "--time-unit", "--rate", "--max-gap"] {
            #expect(help.standardOutput.contains(option), "help lacks \(option)")
        }
        #expect(help.standardOutput.components(separatedBy: "Example: --").count >= 10)
    }

    @Test func readsAColumnMappedFile() throws {
        let file = Self.formats.appendingPathComponent("delimited-iso8601-g-dps.csv").path
        let unmapped = try CommandLineRunner.run(["analyze", file])
        #expect(unmapped.status == 1)
        #expect(unmapped.standardError.contains("--acc-columns"))
        let mapped = try CommandLineRunner.run([
            "analyze", file, "--time-column", "timestamp", "--acc-columns", "accX,accY,accZ",
            "--gyro-columns", "gyrX,gyrY,gyrZ", "--format", "json"])
        #expect(mapped.status == 0, "\(mapped.standardError)")
        #expect(mapped.standardOutput.contains("\"sample_rate_hz\" : 100"))
    }

    @Test func analysesEverySegmentOfASplitRecording() throws {
        let folder = try CommandLineRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("split.csv")
        var text = "t,ax,ay,az\n"
        for i in 0..<600 { text += "\(Double(i) / 100 + (i >= 300 ? 10 : 0)),0,0,1\n" }
        try Data(text.utf8).write(to: file)
        let json = try CommandLineRunner.run(["analyze", file.path, "--format", "json"])
        #expect(json.status == 0, "\(json.standardError)")
        #expect(json.standardOutput.contains("\"segments\""))
        #expect(json.standardOutput.contains("\"start_s\" : 13"))
        #expect(json.standardOutput.contains("split-at-gap"))
        let table = try CommandLineRunner.run(["analyze", file.path])
        #expect(table.standardOutput.contains("segment 2 of 2"))
        let bridged = try CommandLineRunner.run(["analyze", file.path, "--format", "json", "--max-gap", "20"])
        #expect(!bridged.standardOutput.contains("\"segments\""))
        #expect(bridged.standardOutput.contains("gaps-interpolated"))
    }
}

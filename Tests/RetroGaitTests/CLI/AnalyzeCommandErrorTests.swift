import Foundation
import Testing

/// Broken files must end in exactly one clear error line naming the file (and line), a non-zero
/// exit status, and nothing that looks like a crash.
@Suite("retrogait analyze with broken files")
struct AnalyzeCommandErrorTests {
    static let brokenFiles: [(name: String, content: String, expected: String)] = [
        ("no-header.csv", "0,0,0,1\n0.01,0,0,1\n", "no-header.csv:1: expected a header row"),
        ("letter.csv", "t,ax,ay,az\n0,0,0,1\n0.01,0,O.5,1\n", "letter.csv:3: 'O.5' in column 'ay' is not a number"),
        ("empty.csv", "", "empty.csv: the file is empty"),
        ("decreasing.csv", "t,ax,ay,az\n0,0,0,1\n0.02,0,0,1\n0.01,0,0,1\n", "decreasing.csv:4: time goes from 0.02 s to 0.01 s"),
        ("header-only.csv", "t,ax,ay,az\n", "header-only.csv:2: the header is not followed by any data rows"),
        ("binary.csv", "\u{0}\u{1}\u{2}\u{3}", "binary.csv:1: the file is not UTF-8 text"),
    ]

    @Test(arguments: brokenFiles.map(\.name))
    func brokenFileGivesOneClearErrorLine(_ name: String) throws {
        let entry = Self.brokenFiles.first { $0.name == name }!
        let folder = try CommandLineRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try Data(entry.content.utf8).write(to: file)
        let result = try CommandLineRunner.run(["analyze", file.path, "--placement", "foot"])
        #expect(result.status != 0)
        #expect(result.status < 128, "killed by a signal: a crash")
        let lines = result.standardError.split(separator: "\n")
        #expect(lines.count == 1, "stderr: \(result.standardError)")
        #expect(lines.first?.hasPrefix("error: ") == true)
        #expect(result.standardError.contains(entry.expected), "stderr: \(result.standardError)")
        #expect(result.standardError.contains(folder.path))
    }

    @Test func missingFileIsAClearError() throws {
        let result = try CommandLineRunner.run(["analyze", "/nonexistent/recording.csv"])
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("error: /nonexistent/recording.csv"))
    }

    @Test func truncatedLastLineIsDroppedWithAWarning() throws {
        let folder = try CommandLineRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("truncated.csv")
        var text = "t,ax,ay,az\n"
        for i in 0..<300 { text += "\(Double(i) / 100),0,0,1\n" }
        text += "3.0,0,0."
        try Data(text.utf8).write(to: file)
        let result = try CommandLineRunner.run(["analyze", file.path, "--format", "json"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("truncated-last-line"))
        #expect(result.standardOutput.contains("cut off"))
    }

    @Test func unwritableEventsFileIsAClearError() throws {
        let folder = try CommandLineRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("still.csv")
        var text = "t,ax,ay,az\n"
        for i in 0..<300 { text += "\(Double(i) / 100),0,0,1\n" }
        try Data(text.utf8).write(to: file)
        let result = try CommandLineRunner.run(["analyze", file.path, "--events-csv", "/nonexistent/dir/events.csv"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("/nonexistent/dir/events.csv: cannot write"))
    }

    @Test func badOptionValueIsAUsageError() throws {
        let result = try CommandLineRunner.run(["analyze", "x.csv", "--placement", "knee"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("knee"))
    }

    @Test func helpAndVersionWork() throws {
        let help = try CommandLineRunner.run(["analyze", "--help"])
        #expect(help.status == 0)
        for option in ["--placement", "--format", "--events-csv", "--side", "--acc-unit", "Examples:"] {
            #expect(help.standardOutput.contains(option), "help lacks \(option)")
        }
        let version = try CommandLineRunner.run(["--version"])
        #expect(version.status == 0)
        #expect(version.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    }
}

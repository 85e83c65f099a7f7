import Foundation
import Testing

/// `retrogait simulate --out`: regular files are replaced whole, standard output and pipes are written into.
@Suite("retrogait simulate output")
struct SimulateCommandOutputTests {
    @Test func writesTheRecordingToStandardOutput() throws {
        let result = try CommandLineRunner.run([
            "simulate", "--activity", "run", "--duration", "3", "--out", "/dev/stdout"])
        #expect(result.status == 0, "stderr: \(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.first?.hasPrefix("t,ax,ay,az") == true, "first line: \(lines.first ?? "")")
        #expect(lines.count > 290, "3 s at 100 Hz is 300 samples, got \(lines.count) lines")
    }

    @Test func replacesARegularFileWhole() throws {
        let folder = try CommandLineRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("run.csv")
        try Data("old contents\n".utf8).write(to: target)
        let result = try CommandLineRunner.run([
            "simulate", "--activity", "walk", "--duration", "2", "--out", target.path])
        #expect(result.status == 0, "stderr: \(result.standardError)")
        let text = try String(contentsOf: target, encoding: .utf8)
        #expect(text.hasPrefix("t,ax,ay,az") && !text.contains("old contents"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty, "temporary files left behind: \(leftovers)")
    }

    @Test func anUnwritableFolderIsOneClearError() throws {
        let result = try CommandLineRunner.run([
            "simulate", "--activity", "run", "--duration", "2", "--out", "/nonexistent-folder/run.csv"])
        #expect(result.status != 0)
        #expect(result.standardError.contains("/nonexistent-folder/run.csv"), "stderr: \(result.standardError)")
        #expect(result.standardOutput.isEmpty)
    }
}

import Foundation
import Testing

/// `retrogait evaluate` reads what `retrogait analyze` and `retrogait simulate` write, and names the file
/// and line of anything it cannot read.
@Suite("retrogait evaluate")
struct EvaluateCommandTests {
    /// A 35 s simulated lower-back session (standing, a backward run, standing) with its truth tables and
    /// the analyzer's event and bout tables, in a fresh folder.
    private struct AnalysedSession {
        let folder: URL
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

        init() throws {
            folder = try CommandLineRunner.temporaryFolder()
            let simulated = try CommandLineRunner.run([
                "simulate", "--placement", "lower-back", "--session", "stand:5,bw-run:20,stand:10",
                "--out", path("session.csv"), "--truth-events", path("truth-events.csv"),
                "--truth-bouts", path("truth-bouts.csv")])
            try #require(simulated.status == 0, "stderr: \(simulated.standardError)")
            let analysed = try CommandLineRunner.run([
                "analyze", path("session.csv"), "--events-csv", path("events.csv"), "--bouts-csv", path("bouts.csv")])
            try #require(analysed.status == 0, "stderr: \(analysed.standardError)")
        }
    }

    @Test func readsTheAnalyzersBoutSummaryTable() throws {
        let session = try AnalysedSession()
        defer { try? FileManager.default.removeItem(at: session.folder) }
        let result = try CommandLineRunner.run([
            "evaluate", "--truth", session.path("truth-events.csv"), "--events", session.path("events.csv"),
            "--truth-bouts", session.path("truth-bouts.csv"), "--bouts", session.path("bouts.csv")])
        #expect(result.status == 0, "stderr: \(result.standardError)")
        #expect(result.standardError.isEmpty, "stderr: \(result.standardError)")
        #expect(result.standardOutput.contains("bouts: 3 truth"), "stdout: \(result.standardOutput)")
    }

    @Test func aRowWithAMissingFieldNamesItsFileAndLine() throws {
        let session = try AnalysedSession()
        defer { try? FileManager.default.removeItem(at: session.folder) }
        try Data("time_s,event,foot,strike,direction\n1.0,IC,left,toe,forward\n2.0,IC,left,toe\n".utf8)
            .write(to: session.folder.appendingPathComponent("broken.csv"))
        let result = try CommandLineRunner.run([
            "evaluate", "--truth", session.path("truth-events.csv"), "--events", session.path("broken.csv")])
        #expect(result.status != 0)
        #expect(result.standardError.contains("broken.csv:3"), "stderr: \(result.standardError)")
        #expect(result.standardOutput.isEmpty)
    }

    @Test func aBoutTableWithTheWrongLeadingColumnsIsRefused() throws {
        let session = try AnalysedSession()
        defer { try? FileManager.default.removeItem(at: session.folder) }
        try Data("end_s,start_s,activity,direction,steps\n5.0,0.0,standing,unknown,0\n".utf8)
            .write(to: session.folder.appendingPathComponent("swapped.csv"))
        let result = try CommandLineRunner.run([
            "evaluate", "--truth", session.path("truth-events.csv"), "--events", session.path("events.csv"),
            "--truth-bouts", session.path("truth-bouts.csv"), "--bouts", session.path("swapped.csv")])
        #expect(result.status != 0)
        #expect(result.standardError.contains("swapped.csv:1"), "stderr: \(result.standardError)")
        #expect(result.standardOutput.isEmpty)
    }
}

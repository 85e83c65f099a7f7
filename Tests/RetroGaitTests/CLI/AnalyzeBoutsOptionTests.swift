import Foundation
import Testing

/// `retrogait analyze --bouts-csv` and `--forward-axis` on the committed lower-back backward-run fixture.
@Suite("retrogait analyze --bouts-csv and --forward-axis")
struct AnalyzeBoutsOptionTests {
    static let fixture = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/simulated-backward-run-lower-back-100hz.csv")

    @Test func writesBoutsAndFillsDirectionInEventsAndSteps() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("retrogait-bouts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let bouts = folder.appendingPathComponent("bouts.csv").path
        let events = folder.appendingPathComponent("events.csv").path
        let steps = folder.appendingPathComponent("steps.csv").path
        let result = try CommandLineRunner.run([
            "analyze", Self.fixture.path, "--placement", "lower-back", "--forward-axis", "+x",
            "--bouts-csv", bouts, "--events-csv", events, "--steps-csv", steps])
        #expect(result.status == 0, "\(result.standardError)")
        let rows = try String(contentsOfFile: bouts, encoding: .utf8).split(separator: "\n")
        #expect(rows.first == "start_s,end_s,activity,direction,steps,cadence_spm,contact_ms_median,toe_pct,heel_pct")
        #expect(rows.contains { $0.contains(",running,backward,") }, "\(rows)")
        let eventText = try String(contentsOfFile: events, encoding: .utf8)
        #expect(eventText.contains(",IC,") && eventText.contains(",backward\n"))
        #expect(try String(contentsOfFile: steps, encoding: .utf8).contains(",backward\n"))
    }

    @Test func rejectsAnUnknownAxis() throws {
        let result = try CommandLineRunner.run(["analyze", Self.fixture.path, "--forward-axis", "forward"])
        #expect(result.status != 0)
        #expect(result.standardError.contains("forward-axis"))
    }
}

/// `retrogait analyze` prints the heel-first backward warning once per backward bout, naming it.
@Suite("retrogait analyze: heel-first backward bouts")
struct AnalyzeHeelFirstBackwardWarningTests {
    @Test func printsOneWarningPerBackwardBout() throws {
        let folder = try CommandLineRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let recording = folder.appendingPathComponent("heel-first.csv").path
        let simulated = try CommandLineRunner.run([
            "simulate", "--placement", "foot", "--gyro", "--seed", "31", "--out", recording,
            "--session", "stand:3,bw-run@heel:15,stand:5,fw-run:15,stand:5,bw-run@heel:15,stand:3"])
        #expect(simulated.status == 0, "\(simulated.standardError)")
        let result = try CommandLineRunner.run(["analyze", recording, "--placement", "foot"])
        #expect(result.status == 0, "\(result.standardError)")
        let warnings = result.standardOutput.split(separator: "\n").filter {
            $0.hasPrefix("warning") && $0.contains("heel first")
        }
        #expect(warnings.count == 2, "\(result.standardOutput)")
        #expect(warnings.allSatisfy { $0.contains("backward running bout ") }, "\(warnings)")
    }
}

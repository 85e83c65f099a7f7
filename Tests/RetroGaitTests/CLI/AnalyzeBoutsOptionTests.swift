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

import Foundation
import GaitStudy
import RetroGait
import Testing

/// `retrogait analyze --format table|json|ndjson|csv`: the same numbers in every format, stable keys.
@Suite("retrogait analyze output formats")
struct AnalyzeFormatTests {
    static let file = StudyFolder.lowerBackRun.path

    private func run(_ format: String) throws -> CommandLineRunner.Result {
        let result = try CommandLineRunner.run(["analyze", Self.file, "--format", format])
        #expect(result.status == 0, "stderr: \(result.standardError)")
        return result
    }

    @Test func jsonHasSnakeCaseKeysWithUnits() throws {
        let json = try run("json").standardOutput
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        for key in ["cadence_spm", "median_contact_ms", "median_flight_ms", "duration_s", "sample_rate_hz",
                    "gait_duration_s", "step_time_cv", "detected_contacts", "steps", "warnings", "cadence_series"] {
            #expect(object.keys.contains(key), "json lacks \(key)")
        }
        #expect(!object.keys.contains { $0.contains(where: \.isUppercase) }, "keys are snake_case")
    }

    @Test func csvAndNdjsonAreTheStudyRowAndAgreeWithJson() throws {
        let summary = try JSONDecoder().decode(GaitSummary.self, from: Data(try run("json").standardOutput.utf8))
        let row = try JSONDecoder().decode(StudySummaryRow.self, from: Data(try run("ndjson").standardOutput.utf8))
        #expect(row.durationSeconds == summary.durationSeconds && row.steps == summary.steps
            && row.cadenceStepsPerMinute == summary.cadenceStepsPerMinute && row.medianContactMilliseconds == summary.medianContactMilliseconds)

        let csv = try run("csv").standardOutput
        #expect(csv == StudyTables.summaryHeader + "\n" + StudyTables.summaryLine(row))

        let ndjson = try run("ndjson").standardOutput
        #expect(ndjson.hasSuffix("\n") && ndjson.split(separator: "\n").count == 1)
        #expect(row.steps > 120 && row.cadenceStepsPerMinute != nil)
        #expect(row.gaitBouts >= 1, "the fixture is one running bout")
        let keys = try #require(try JSONSerialization.jsonObject(with: Data(ndjson.utf8)) as? [String: Any]).keys
        #expect(Set(keys) == Set(StudyTables.summaryHeader.split(separator: ",").map(String.init)))
    }

    @Test func tableIsForPeople() throws {
        let table = try run("table").standardOutput
        #expect(table.contains("steps/min"))
        #expect(table.contains("file") && table.contains(Self.file))
    }

    @Test func brokenFileGivesOneErrorLineInEveryFormat() throws {
        let folder = try CommandLineRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("broken.csv")
        try Data("t,ax,ay,az\n0,0,0,1\n0.01,0,O.5,1\n".utf8).write(to: file)
        for format in ["table", "json", "ndjson", "csv"] {
            let result = try CommandLineRunner.run(["analyze", file.path, "--format", format])
            #expect(result.status == 1)
            #expect(result.standardOutput.isEmpty)
            #expect(result.standardError.split(separator: "\n").count == 1)
            #expect(result.standardError.contains("broken.csv:3: 'O.5' in column 'ay' is not a number"))
        }
    }

    @Test func unknownFormatIsRefused() throws {
        let result = try CommandLineRunner.run(["analyze", Self.file, "--format", "xml"])
        #expect(result.status != 0)
        #expect(result.standardError.contains("xml"))
    }
}

import Foundation
import GaitStudy
import RetroGait
import Testing

/// `retrogait batch`: mixed good and broken files, resuming, --force, outputs, usage errors.
@Suite("retrogait batch")
struct BatchCommandTests {
    static let perFileOutputs = ["events.csv", "steps.csv", "bouts.csv", "summary.json"]

    @Test func badFilesAreReportedAndNeverStopTheGoodOnes() throws {
        let study = try StudyFolder()
        defer { study.remove() }
        let result = try CommandLineRunner.run(["batch", study.input.path, "--out", study.output.path, "--jobs", "2"])
        #expect(result.status == 2, "stderr: \(result.standardError)")
        #expect(result.standardOutput.contains("7 files: 2 analysed, 0 up to date, 5 failed"), "\(result.standardOutput)")

        let expected = ["failures.csv", "summary.csv"]
            + ["p01", "p02"].flatMap { folder in Self.perFileOutputs.map { "\(folder)/run.\($0)" } }
        #expect(study.outputFiles() == expected.sorted(), "no output for a broken file, no temporary file left")

        let failures = try study.text("failures.csv").split(separator: "\n").map(String.init)
        #expect(failures.first == "file,error")
        #expect(failures.count == 1 + StudyFolder.broken.count)
        for broken in StudyFolder.broken {
            let line = failures.first { $0.hasPrefix(study.input.appendingPathComponent("p99/\(broken.name)").path + ",") }
            #expect(line?.contains(broken.error) == true, "failures.csv lacks \(broken.error): \(failures)")
        }
        // Every broken file also shows in the progress lines on standard error (not a terminal here).
        #expect(result.standardError.components(separatedBy: ": failed: ").count == 1 + StudyFolder.broken.count)
    }

    @Test func outputsAreCompleteAndAgreeWithAnalyze() throws {
        let study = try StudyFolder(goodCopies: 1, broken: false)
        defer { study.remove() }
        let result = try CommandLineRunner.run(["batch", study.input.path, "--out", study.output.path])
        #expect(result.status == 0, "stderr: \(result.standardError)")

        let file = study.input.appendingPathComponent("p01/run.csv").path
        let document = try JSONDecoder().decode(
            RecordingSummaryDocument.self, from: Data(study.text("p01/run.summary.json").utf8))
        let analyze = try CommandLineRunner.run(["analyze", file, "--format", "json"])
        let alone = try JSONDecoder().decode(GaitSummary.self, from: Data(analyze.standardOutput.utf8))
        #expect(document.summary == alone)
        #expect(document.file == file)
        #expect(document.segments.count == 1)
        #expect(document.summary.steps > 120, "the fixture holds 133 steps")

        let events = try GaitEventTable.parse(study.text("p01/run.events.csv"), file: "events")
        #expect(events.count { $0.kind == .initialContact } == document.summary.detectedContacts)
        let steps = try study.text("p01/run.steps.csv").split(separator: "\n")
        #expect(steps.first.map(String.init) == StepTable.header)
        #expect(steps.count == 1 + document.summary.detectedContacts)

        let bouts = try study.text("p01/run.bouts.csv").split(separator: "\n").map(String.init)
        #expect(bouts.count == 1 + document.bouts.count && !document.bouts.isEmpty)
        #expect(bouts[0].hasPrefix("start_s,end_s,activity,direction"))
        #expect(document.row.gaitBouts >= 1 && document.row.forwardGaitSeconds + document.row.backwardGaitSeconds <= 40)

        let summary = try study.text("summary.csv").split(separator: "\n").map(String.init)
        #expect(summary.count == 2)
        #expect(summary[0] == StudyTables.summaryHeader)
        #expect(summary[1] == StudyTables.summaryLine(document.row).dropLast())
        #expect(summary[0].contains("cadence_spm") && summary[0].contains("median_contact_ms"))
        #expect(try study.text("failures.csv") == "file,error\n")
    }

    @Test func rerunSkipsUpToDateFilesUntilAnInputChangesOrForce() throws {
        let study = try StudyFolder(goodCopies: 2, broken: false)
        defer { study.remove() }
        let arguments = ["batch", study.input.path, "--out", study.output.path]
        let first = try CommandLineRunner.run(arguments)
        #expect(first.status == 0, "stderr: \(first.standardError)")
        let summary = try study.text("summary.csv")
        // Age the outputs so a rewrite would show in their dates.
        for path in study.outputFiles() { try StudyFolder.touch(study.output.appendingPathComponent(path), secondsFromNow: -60) }
        for run in ["p01", "p02"] { try StudyFolder.touch(study.input.appendingPathComponent("\(run)/run.csv"), secondsFromNow: -120) }
        let aged = try study.modificationDate("p01/run.summary.json")

        let second = try CommandLineRunner.run(arguments)
        #expect(second.status == 0)
        #expect(second.standardOutput.contains("2 files: 0 analysed, 2 up to date, 0 failed"), "\(second.standardOutput)")
        #expect(try study.modificationDate("p01/run.summary.json") == aged, "an up-to-date file was analysed again")
        #expect(try study.text("summary.csv") == summary, "the study table keeps the rows of skipped files")

        try StudyFolder.touch(study.input.appendingPathComponent("p02/run.csv"), secondsFromNow: 0)
        let third = try CommandLineRunner.run(arguments)
        #expect(third.standardOutput.contains("2 files: 1 analysed, 1 up to date"), "\(third.standardOutput)")
        #expect(third.standardError.contains("p02/run.csv: analysed"))
        #expect(try study.modificationDate("p01/run.summary.json") == aged)
        #expect(try study.modificationDate("p02/run.summary.json") > aged)

        let forced = try CommandLineRunner.run(arguments + ["--force"])
        #expect(forced.standardOutput.contains("2 files: 2 analysed, 0 up to date"), "\(forced.standardOutput)")
        #expect(try study.modificationDate("p01/run.summary.json") > aged)
        #expect(try study.text("summary.csv") == summary)
    }

    @Test func otherOptionsOrAMissingOutputAnalyseAgain() throws {
        let study = try StudyFolder(goodCopies: 2, broken: false)
        defer { study.remove() }
        let arguments = ["batch", study.input.path, "--out", study.output.path]
        #expect(try CommandLineRunner.run(arguments).status == 0)
        let otherPlacement = try CommandLineRunner.run(arguments + ["--placement", "wrist"])
        #expect(otherPlacement.standardOutput.contains("2 analysed, 0 up to date"), "\(otherPlacement.standardOutput)")
        #expect(try study.text("summary.csv").contains(",wrist,"))

        try FileManager.default.removeItem(at: study.output.appendingPathComponent("p01/run.steps.csv"))
        let repaired = try CommandLineRunner.run(arguments + ["--placement", "wrist"])
        #expect(repaired.standardOutput.contains("1 analysed, 1 up to date"), "\(repaired.standardOutput)")
        #expect(FileManager.default.fileExists(atPath: study.output.appendingPathComponent("p01/run.steps.csv").path))
    }

    @Test func patternsAndFilesMirrorTheirFolders() throws {
        let study = try StudyFolder(goodCopies: 3, broken: true)
        defer { study.remove() }
        let pattern = study.input.path + "/**/run.csv"
        let single = study.input.appendingPathComponent("p99/empty.csv").path
        let result = try CommandLineRunner.run(["batch", pattern, single, "--out", study.output.path, "--format", "ndjson"])
        #expect(result.status == 2)
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.count == 4)
        var statuses: [String: String] = [:]
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            statuses[(object?["file"] as? String) ?? ""] = object?["status"] as? String
        }
        #expect(statuses[single] == "failed")
        #expect(statuses[study.input.appendingPathComponent("p03/run.csv").path] == "analysed")
        #expect(study.outputFiles().contains("p03/run.summary.json"))
        let csv = try CommandLineRunner.run(["batch", pattern, "--out", study.output.path, "--format", "csv"])
        #expect(csv.status == 0)
        #expect(csv.standardOutput == (try study.text("summary.csv")))
    }

    @Test func oneJobAndTwoJobsGiveTheSameTables() throws {
        let study = try StudyFolder(goodCopies: 3, broken: true)
        defer { study.remove() }
        let one = try CommandLineRunner.run(["batch", study.input.path, "--out", study.output.path + "1", "--jobs", "1"])
        let two = try CommandLineRunner.run(["batch", study.input.path, "--out", study.output.path + "2", "--jobs", "2"])
        #expect(one.status == 2 && two.status == 2)
        for table in ["summary.csv", "failures.csv"] {
            let first = try String(contentsOfFile: study.output.path + "1/" + table, encoding: .utf8)
            let second = try String(contentsOfFile: study.output.path + "2/" + table, encoding: .utf8)
            #expect(first == second, "\(table) depends on --jobs")
        }
    }

    @Test(arguments: [
        (["/nonexistent/study"], "/nonexistent/study: no such file or folder"),
        (["/nonexistent/*.csv"], "/nonexistent/*.csv: the pattern matches no file"),
        ([String](), "no input files"),
        (["--jobs", "0"], "--jobs must be at least 1"),
        (["--max-gap=-1"], "--max-gap must be zero or more seconds"),
    ])
    func usageErrorsExitOne(_ arguments: [String], message: String) throws {
        let study = try StudyFolder(goodCopies: 1, broken: false)
        defer { study.remove() }
        let inputs = arguments.first.map { $0.hasPrefix("/") } == true || arguments.isEmpty ? [] : [study.input.path]
        let result = try CommandLineRunner.run(["batch"] + inputs + arguments + ["--out", study.output.path])
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("error: "), "\(result.standardError)")
        #expect(result.standardError.contains(message), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: study.output.appendingPathComponent("summary.csv").path))
    }

    @Test func helpExplainsInputsOutputsAndExitCodes() throws {
        let help = try CommandLineRunner.run(["batch", "--help"])
        #expect(help.status == 0)
        for text in ["--out", "--jobs", "--force", "--format", "--placement", "--acc-columns", "summary.csv", "failures.csv",
                     "Exit status", "Examples:"] {
            #expect(help.standardOutput.contains(text), "help lacks \(text)")
        }
        let report = try CommandLineRunner.run(["report", "--help"])
        #expect(report.status == 0)
        for text in ["--out", "--placement", "--width", "--acc-columns", "Examples:"] {
            #expect(report.standardOutput.contains(text), "report help lacks \(text)")
        }
    }

    @Test func anOutputFolderThatIsAFileIsAUsageError() throws {
        let study = try StudyFolder(goodCopies: 1, broken: false)
        defer { study.remove() }
        try Data("x".utf8).write(to: study.output)
        let result = try CommandLineRunner.run(["batch", study.input.path, "--out", study.output.path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("cannot create the output folder"), "\(result.standardError)")
    }

    @Test func anOutputFolderInsideTheStudyIsNotSearched() throws {
        let study = try StudyFolder(goodCopies: 1, broken: false)
        defer { study.remove() }
        let inside = study.input.appendingPathComponent("results").path
        #expect(try CommandLineRunner.run(["batch", study.input.path, "--out", inside]).status == 0)
        let again = try CommandLineRunner.run(["batch", study.input.path, "--out", inside])
        #expect(again.status == 0, "the previous results were read as recordings: \(again.standardError)")
        #expect(again.standardOutput.contains("1 file: 0 analysed, 1 up to date"), "\(again.standardOutput)")
    }
}

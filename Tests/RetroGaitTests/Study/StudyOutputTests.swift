import Foundation
@testable import GaitStudy
import RetroGait
import Testing

/// Atomic writing, the study tables and progress estimates.
@Suite("Study outputs")
struct StudyOutputTests {
    @Test func csvFieldsAreQuotedOnlyWhenNeeded() {
        #expect(CSVField.text("plain.csv") == "plain.csv")
        #expect(CSVField.text("a,b") == "\"a,b\"")
        #expect(CSVField.text("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVField.number(nil, decimals: 1) == "")
        #expect(CSVField.number(.nan, decimals: 1) == "")
        #expect(CSVField.number(1234.56, decimals: 1) == "1234.6")
        let failures = StudyTables.failuresCSV([StudyFailure(file: "a,b.csv", error: "line one\nline two")])
        #expect(failures == "file,error\n\"a,b.csv\",line one line two\n")
    }

    @Test func summaryRowHasOneFieldPerColumnAndUnknownsEmpty() {
        var summary = GaitSummary(
            placement: .foot, durationSeconds: 12.5, sampleRateHz: 100, steps: 10, detectedContacts: 5,
            cadenceStepsPerMinute: 170.25, spectralCadenceStepsPerMinute: nil, gaitDurationSeconds: 10, warnings: [
                AnalysisWarning(code: "resampled", message: "x"), AnalysisWarning(code: "resampled", message: "y"),
                AnalysisWarning(code: "clipped-samples", message: "z"),
            ])
        summary.medianContactMilliseconds = 201.04
        let bouts = [
            BoutSummary(bout: Bout(startTime: 0, endTime: 2, activity: .standing, direction: .unknown)),
            BoutSummary(bout: Bout(startTime: 2, endTime: 7.5, activity: .running, direction: .backward), steps: 6),
            BoutSummary(bout: Bout(startTime: 7.5, endTime: 12.5, activity: .walking, direction: .forward), steps: 4),
        ]
        let row = StudySummaryRow(file: "s/run.csv", format: .canonical, segments: 1, summary: summary, bouts: bouts)
        #expect(row.gaitBouts == 2 && row.forwardGaitSeconds == 5 && row.backwardGaitSeconds == 5.5)
        #expect(row.warnings == ["resampled", "clipped-samples"])
        let line = StudyTables.summaryLine(row)
        #expect(line.split(separator: ",", omittingEmptySubsequences: false).count
            == StudyTables.summaryHeader.split(separator: ",").count)
        #expect(line.hasPrefix("s/run.csv,canonical,1,foot,12.500,100.000,10.000,10,5,170.2,,,201.0,"))
        #expect(line.hasSuffix(",0,0,0,2,5.000,5.500,resampled;clipped-samples\n"))
    }

    @Test func writerReplacesWholeFilesAndLeavesNoTemporaryFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("retrogait-writer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = AtomicFileWriter()
        let target = folder.appendingPathComponent("deep/er/table.csv")
        #expect(throws: OutputWriteError.self, "folders are made only when asked") { try writer.write("x", to: target) }
        try writer.write("first\n", to: target, createFolders: true)
        try writer.write("second\n", to: target)
        #expect(try String(contentsOf: target, encoding: .utf8) == "second\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.deletingLastPathComponent().path) == ["table.csv"])
        #expect(writer.temporaryFiles.count == 0)
    }

    @Test func abandonedWriterRefusesToWriteAndKeepsTheOldFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("retrogait-writer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = AtomicFileWriter()
        let target = folder.appendingPathComponent("table.csv")
        try writer.write("complete\n", to: target, createFolders: true)
        writer.temporaryFiles.abandon()
        #expect(throws: OutputWriteError(path: target.path, reason: "interrupted")) { try writer.write("new\n", to: target) }
        #expect(try String(contentsOf: target, encoding: .utf8) == "complete\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["table.csv"])
    }

    @Test func unwritableDestinationIsAClearError() throws {
        let writer = AtomicFileWriter()
        #expect(throws: OutputWriteError.self) { try writer.write("x", to: URL(fileURLWithPath: "/proc/retrogait/x.csv")) }
        #expect(writer.temporaryFiles.count == 0)
    }

    @Test func progressEstimatesFromTheBytesReadSoFar() {
        let inputs = (0..<4).map {
            StudyInput(url: URL(fileURLWithPath: "/s/\($0).csv"), displayPath: "\($0).csv", outputName: "\($0)", byteCount: 1000)
        }
        let row = StudySummaryRow(file: "x", format: .canonical, segments: 1, summary: GaitSummary(
            placement: .foot, durationSeconds: 1, sampleRateHz: 100, steps: 0, detectedContacts: 0,
            cadenceStepsPerMinute: nil, spectralCadenceStepsPerMinute: nil, gaitDurationSeconds: 0, warnings: []), bouts: [])
        var progress = StudyProgress(inputs)
        #expect(progress.estimatedSecondsRemaining(elapsed: 1) == nil)
        progress.record(StudyFileResult(index: 0, input: inputs[0], outcome: .upToDate(row)))
        #expect(progress.estimatedSecondsRemaining(elapsed: 1) == nil, "skipped files say nothing about the rate")
        progress.record(StudyFileResult(index: 1, input: inputs[1], outcome: .analysed(row, samples: 5000)))
        #expect(progress.samplesPerSecond(elapsed: 2) == 2500)
        #expect(progress.estimatedSecondsRemaining(elapsed: 2) == 4, "2000 bytes left at 500 bytes/s")
        progress.record(StudyFileResult(index: 2, input: inputs[2], outcome: .failed(StudyFailure(file: "2", error: "e"))))
        progress.record(StudyFileResult(index: 3, input: inputs[3], outcome: .analysed(row, samples: 5000)))
        #expect(progress.finishedFiles == 4 && progress.failedFiles == 1 && progress.upToDateFiles == 1)
        #expect(progress.estimatedSecondsRemaining(elapsed: 5) == 0)
    }
}

/// Writing to `/dev/null` or a named pipe must write into it, never rename a file over it.
@Suite("Atomic writer and special files")
struct AtomicWriterSpecialFileTests {
    @Test func aDeviceIsWrittenIntoNotReplaced() throws {
        try AtomicFileWriter().write("discarded\n", to: URL(fileURLWithPath: "/dev/null"))
        var status = stat()
        #expect(stat("/dev/null", &status) == 0)
        #expect(status.st_mode & S_IFMT == S_IFCHR, "/dev/null is still a character device")
    }

    @Test func eventsCanGoToStandardOutput() throws {
        let result = try CommandLineRunner.run([
            "analyze", StudyFolder.lowerBackRun.path, "--events-csv", "/dev/stdout", "--format", "ndjson"])
        #expect(result.status == 0, "stderr: \(result.standardError)")
        #expect(result.standardOutput.hasPrefix("time_s,event,foot,strike,direction\n"))
        #expect(result.standardOutput.contains("\"cadence_spm\""))
    }
}

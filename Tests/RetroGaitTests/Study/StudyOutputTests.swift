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
        let row = StudySummaryRow(file: "s/run.csv", format: .canonical, segments: 1, summary: summary)
        #expect(row.warnings == ["resampled", "clipped-samples"])
        let line = StudyTables.summaryLine(row)
        #expect(line.split(separator: ",", omittingEmptySubsequences: false).count
            == StudyTables.summaryHeader.split(separator: ",").count)
        #expect(line.hasPrefix("s/run.csv,canonical,1,foot,12.500,100.000,10.000,10,5,170.2,,,201.0,"))
        #expect(line.hasSuffix(",resampled;clipped-samples\n"))
    }

    @Test func writerReplacesWholeFilesAndLeavesNoTemporaryFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("retrogait-writer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = AtomicFileWriter()
        let target = folder.appendingPathComponent("deep/er/table.csv")
        try writer.write("first\n", to: target)
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
        try writer.write("complete\n", to: target)
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
            cadenceStepsPerMinute: nil, spectralCadenceStepsPerMinute: nil, gaitDurationSeconds: 0, warnings: []))
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

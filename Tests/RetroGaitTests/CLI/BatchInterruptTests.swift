import Foundation
import GaitStudy
import RetroGait
import Testing

/// Ctrl-C during `retrogait batch` leaves only complete files, and the next run resumes.
@Suite("retrogait batch interrupted")
struct BatchInterruptTests {
    @Test func interruptLeavesOnlyCompleteFilesAndTheNextRunResumes() throws {
        let study = try StudyFolder(goodCopies: 80, broken: false)
        defer { study.remove() }
        let process = Process()
        process.executableURL = CommandLineRunner.executable
        process.arguments = ["batch", study.input.path, "--out", study.output.path, "--jobs", "2"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline,
              !study.outputFiles().contains(where: { $0.hasSuffix(".summary.json") }) {
            usleep(2_000)
        }
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationStatus == 130, "the run ended before it could be interrupted, or did not stop")

        let files = study.outputFiles()
        #expect(!files.contains { $0.hasSuffix(".tmp") }, "temporary files left: \(files)")
        #expect(!files.contains("summary.csv"), "the study table of an interrupted run")
        let summaries = files.filter { $0.hasSuffix(".summary.json") }
        #expect(!summaries.isEmpty && summaries.count < 80)
        for path in files {
            let text = try study.text(path)
            if path.hasSuffix(".summary.json") {
                let document = try JSONDecoder().decode(RecordingSummaryDocument.self, from: Data(text.utf8))
                #expect(document.summary.steps > 120)
            } else if path.hasSuffix(".events.csv") {
                #expect(try GaitEventTable.parse(text, file: path).count > 200)
            } else if path.hasSuffix(".bouts.csv") {
                #expect(text.hasPrefix(BoutSummaryTable.header + "\n") && text.hasSuffix("\n") && text.split(separator: "\n").count >= 2)
            } else {
                #expect(text.hasPrefix(StepTable.header) && text.hasSuffix("\n") && text.split(separator: "\n").count > 120)
            }
        }

        let resumed = try CommandLineRunner.run(["batch", study.input.path, "--out", study.output.path, "--jobs", "2"])
        #expect(resumed.status == 0)
        #expect(resumed.standardOutput.contains("80 files: \(80 - summaries.count) analysed, \(summaries.count) up to date"),
                "\(resumed.standardOutput)")
        #expect(try study.text("summary.csv").split(separator: "\n").count == 81)
    }
}

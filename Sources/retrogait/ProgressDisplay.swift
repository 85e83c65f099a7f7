import Foundation
import GaitStudy

/// Progress of `retrogait batch` on standard error: a bar redrawn in place on a terminal (files done,
/// samples per second, time left), one plain line per file otherwise.
struct ProgressDisplay {
    private var progress: StudyProgress
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private var lastDraw = -Double.infinity

    init(inputs: [StudyInput]) {
        progress = StudyProgress(inputs)
    }

    mutating func record(_ result: StudyFileResult, elapsed: Double) {
        progress.record(result)
        if isTerminal {
            if case .failed(let failure) = result.outcome {
                emit("\r\u{1B}[2K" + "failed: \(failure.error)\n")
            }
            if elapsed - lastDraw >= 0.1 || progress.finishedFiles == progress.totalFiles {
                lastDraw = elapsed
                emit("\r\u{1B}[2K" + bar(elapsed: elapsed))
            }
        } else {
            emit(line(result) + "\n")
        }
    }

    func finish() {
        if isTerminal { emit("\n") }
    }

    private func bar(elapsed: Double) -> String {
        let width = 24
        let done = progress.totalFiles == 0 ? width : width * progress.finishedFiles / progress.totalFiles
        var text = "[" + String(repeating: "#", count: done) + String(repeating: ".", count: width - done) + "] "
        text += "\(progress.finishedFiles)/\(progress.totalFiles) files"
        if progress.failedFiles > 0 { text += ", \(progress.failedFiles) failed" }
        if let rate = progress.samplesPerSecond(elapsed: elapsed) { text += "  " + Self.count(rate) + " samples/s" }
        if let remaining = progress.estimatedSecondsRemaining(elapsed: elapsed) { text += "  ETA " + Self.clock(remaining) }
        return text
    }

    private func line(_ result: StudyFileResult) -> String {
        let position = "[\(progress.finishedFiles)/\(progress.totalFiles)]"
        switch result.outcome {
        case .analysed(let row, let samples):
            return "\(position) \(result.input.displayPath): analysed, \(samples) samples, \(row.steps) steps"
        case .upToDate:
            return "\(position) \(result.input.displayPath): up to date"
        case .failed(let failure):
            return "\(position) \(result.input.displayPath): failed: \(failure.error)"
        }
    }

    private func emit(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func count(_ value: Double) -> String {
        switch value {
        case 1e6...: String(format: "%.1f M", value / 1e6)
        case 1e3...: String(format: "%.1f k", value / 1e3)
        default: String(format: "%.0f", value)
        }
    }

    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.up))
        return total >= 3600
            ? String(format: "%d:%02d:%02d", total / 3600, total / 60 % 60, total % 60)
            : String(format: "%d:%02d", total / 60, total % 60)
    }
}

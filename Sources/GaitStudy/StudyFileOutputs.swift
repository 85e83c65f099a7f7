import Foundation
import RetroGait

/// The files `retrogait batch` writes for one recording, below the output folder:
/// `<name>.events.csv` (`GaitEventTable`), `<name>.steps.csv` (`StepTable`), `<name>.bouts.csv`
/// (`BoutSummaryTable`) and
/// `<name>.summary.json` (``RecordingSummaryDocument``), the summary last so that its presence
/// marks a complete set.
public struct StudyFileOutputs: Sendable, Equatable {
    /// The per-file summary JSON.
    public var summary: URL
    /// The event table.
    public var events: URL
    /// The step table.
    public var steps: URL
    /// The bout table.
    public var bouts: URL

    /// The outputs of `input` below `folder`.
    public init(for input: StudyInput, in folder: URL) {
        let base = folder.appendingPathComponent(input.outputName).path
        summary = URL(fileURLWithPath: base + ".summary.json")
        events = URL(fileURLWithPath: base + ".events.csv")
        steps = URL(fileURLWithPath: base + ".steps.csv")
        bouts = URL(fileURLWithPath: base + ".bouts.csv")
    }

    /// Every output file, the summary last.
    public var all: [URL] { [events, steps, bouts, summary] }

    /// The stored summary when every output exists, none is older than the recording, and the summary
    /// was made with `settings`; `nil` when the recording must be analysed (again).
    public func upToDateSummary(of recording: URL, settings: String) -> RecordingSummaryDocument? {
        guard let recordingDate = Self.modificationDate(recording) else { return nil }
        for output in all {
            guard let date = Self.modificationDate(output), date >= recordingDate else { return nil }
        }
        guard let data = try? Data(contentsOf: summary),
              let document = try? JSONDecoder().decode(RecordingSummaryDocument.self, from: data),
              document.settings == settings else { return nil }
        return document
    }

    /// Writes the outputs of `analysis` (the summary last).
    public func write(_ analysis: RecordingAnalysis, document: RecordingSummaryDocument, with writer: AtomicFileWriter) throws(OutputWriteError) {
        try writer.write(GaitEventTable.csv(analysis.events), to: events, createFolders: true)
        try writer.write(StepTable.csv(analysis.steps), to: steps, createFolders: true)
        try writer.write(BoutSummaryTable.csv(analysis.bouts), to: bouts, createFolders: true)
        let json: Data
        do {
            json = try StudyJSON.pretty(document)
        } catch {
            throw OutputWriteError(path: summary.path, reason: "cannot encode the summary: \(error)")
        }
        try writer.write(json, to: summary, createFolders: true)
    }

    private static func modificationDate(_ url: URL) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date
    }
}

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

    /// Analyses the file `reader` reads and writes its outputs as the analysis goes, in memory bounded
    /// whatever the file's length: the event and step tables row by row as they are decided, the bout
    /// table, then the summary, whose cadence series are spliced in from a ``CadenceSeriesSpool``. The
    /// files are byte for byte those ``write(_:document:with:)`` writes for the in-memory analysis.
    /// When the analysis fails, no output is written (nor any left half-written).
    /// - Returns: the summary document (its summaries without their cadence series) and how many
    ///   samples were analysed.
    func analyze(
        _ reader: RecordingChunkReader, with analyzer: GaitAnalyzer, file: String, settings: String, writer: AtomicFileWriter
    ) throws -> (document: RecordingSummaryDocument, samples: Int) {
        let folder = summary.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw OutputWriteError(path: summary.path, reason: "cannot create the folder \(folder.path): \(error.localizedDescription)")
        }
        let eventStream = try AtomicFileStream(url: events, temporaryFiles: writer.temporaryFiles)
        let stepStream: AtomicFileStream
        do {
            stepStream = try AtomicFileStream(url: steps, temporaryFiles: writer.temporaryFiles)
        } catch {
            eventStream.discard()
            throw error
        }
        eventStream.write(GaitEventTable.header + "\n")
        stepStream.write(StepTable.header + "\n")
        let spool = CadenceSeriesSpool()
        // The table lists the events in time order, as the in-memory analysis sorts them.
        var ordering = EventOrdering()
        let writeEvent = { (event: GaitEvent) in eventStream.write(GaitEventTable.row(event)) }
        let analysis: RecordingAnalysis
        do {
            analysis = try analyzer.analyze(reader, keepingDetails: false) { segment, update in
                switch update {
                case .event(let event), .lateEvent(let event): ordering.add(event, release: writeEvent)
                case .step(let step):
                    stepStream.write(StepTable.row(step))
                    spool.add(step, segment: segment)
                case .bout, .retraction: break
                }
            }
            spool.finish(segmentCount: analysis.segments.count)
            ordering.finish(writeEvent)
        } catch {
            eventStream.discard()
            stepStream.discard()
            throw error
        }
        try eventStream.commit()
        try stepStream.commit()
        try writer.write(BoutSummaryTable.csv(analysis.bouts), to: bouts)
        let document = RecordingSummaryDocument(file: file, settings: settings, analysis: analysis)
        let summaryStream = try AtomicFileStream(url: summary, temporaryFiles: writer.temporaryFiles)
        do {
            // In the document's key order, the segments' series come before the whole file's.
            try StreamedSummaryJSON.write(document, series: spool.segmentSeries + [spool.fileSeries]) { summaryStream.write($0) }
        } catch {
            summaryStream.discard()
            throw OutputWriteError(path: summary.path, reason: "cannot encode the summary: \(error)")
        }
        try summaryStream.commit()
        let samples = analysis.segments.reduce(0) { total, segment in
            total + Int((segment.analysis.summary.durationSeconds * segment.analysis.summary.sampleRateHz).rounded())
        }
        return (document, samples)
    }

    private static func modificationDate(_ url: URL) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date
    }
}

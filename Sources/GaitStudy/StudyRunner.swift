import Foundation
import RetroGait

/// Analyses the recordings of a study in parallel and writes each one's outputs
/// (``StudyFileOutputs``) and the study tables (``StudyTables``).
///
/// At most ``jobs`` files are read and analysed at a time, the largest first (so that no job is left
/// idle while another finishes a long file last), each as it is read, chunk by chunk, its events and
/// steps written out as they are decided: memory is bounded whatever the files' lengths.
/// One file's failure never stops the others. Cancelling the calling task stops starting new files.
///
/// ```swift
/// let inputs = try StudyInputs.expand(["study/"])
/// let runner = StudyRunner(outputFolder: out, settings: settings, jobs: 4)
/// let results = await runner.run(inputs) { result in print(result.input.displayPath) }
/// try runner.writeTables(results)
/// ```
public struct StudyRunner: Sendable {
    /// Where the outputs go.
    public var outputFolder: URL
    /// How every file is read and analysed.
    public var settings: StudySettings
    /// How many files are processed at once (at least 1).
    public var jobs: Int
    /// Analyse every file even when its outputs are up to date.
    public var force: Bool
    /// Writes every output atomically.
    public var writer: AtomicFileWriter

    /// Creates a runner.
    public init(outputFolder: URL, settings: StudySettings, jobs: Int, force: Bool = false, writer: AtomicFileWriter = AtomicFileWriter()) {
        self.outputFolder = outputFolder
        self.settings = settings
        self.jobs = max(1, jobs)
        self.force = force
        self.writer = writer
    }

    /// Processes `inputs`, calling `onResult` (on the calling task, one at a time) as each file finishes.
    public func run(_ inputs: [StudyInput], onResult: (StudyFileResult) -> Void) async -> StudyResults {
        var collected: [StudyFileResult] = []
        collected.reserveCapacity(inputs.count)
        // Largest files first: the last file to start is then a small one, and no job sits idle
        // while another finishes a long recording.
        let startOrder = Self.startOrder(of: inputs)
        await withTaskGroup(of: StudyFileResult.self) { group in
            var next = 0
            func startNext() {
                let index = startOrder[next]
                let input = inputs[index]
                let runner = self
                group.addTask { runner.process(input, index: index) }
                next += 1
            }
            while next < min(jobs, inputs.count) { startNext() }
            while let result = await group.next() {
                collected.append(result)
                onResult(result)
                if next < inputs.count, !Task.isCancelled { startNext() }
            }
        }
        var results = StudyResults()
        results.cancelled = collected.count < inputs.count
        for result in collected.sorted(by: { $0.index < $1.index }) {
            switch result.outcome {
            case let .analysed(row, samples):
                results.rows.append(row)
                results.analysed += 1
                results.samples += samples
            case .upToDate(let row):
                results.rows.append(row)
                results.upToDate += 1
            case .failed(let failure):
                results.failures.append(failure)
            }
        }
        return results
    }

    /// The order in which files are started: largest first (by ``StudyInput/byteCount``), equal sizes in
    /// the given order. Results are still reported in the given order.
    static func startOrder(of inputs: [StudyInput]) -> [Int] {
        inputs.indices.sorted { (inputs[$0].byteCount, $1) > (inputs[$1].byteCount, $0) }
    }

    /// Writes `summary.csv` and `failures.csv` (header only when nothing failed) into the output folder.
    public func writeTables(_ results: StudyResults) throws(OutputWriteError) {
        try writer.write(StudyTables.summaryCSV(results.rows), to: outputFolder.appendingPathComponent("summary.csv"))
        try writer.write(StudyTables.failuresCSV(results.failures), to: outputFolder.appendingPathComponent("failures.csv"))
    }

    /// Reads, analyses and writes one file, or keeps its up-to-date outputs.
    public func process(_ input: StudyInput, index: Int) -> StudyFileResult {
        let outputs = StudyFileOutputs(for: input, in: outputFolder)
        let fingerprint = settings.fingerprint
        if !force, let stored = outputs.upToDateSummary(of: input.url, settings: fingerprint) {
            var row = stored.row
            row.file = input.displayPath
            return StudyFileResult(index: index, input: input, outcome: .upToDate(row))
        }
        do {
            let reader = try RecordingChunkReader(contentsOf: input.url, options: settings.readOptions)
            let (document, samples) = try outputs.analyze(
                reader, with: GaitAnalyzer(configuration: settings.analyzer), file: input.displayPath, settings: fingerprint,
                writer: writer)
            return StudyFileResult(index: index, input: input, outcome: .analysed(document.row, samples: samples))
        } catch {
            let failure = StudyFailure(file: input.displayPath, error: String(describing: error))
            return StudyFileResult(index: index, input: input, outcome: .failed(failure))
        }
    }
}

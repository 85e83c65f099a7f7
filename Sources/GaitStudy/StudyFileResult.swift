/// What became of one recording of a study.
public enum StudyFileOutcome: Sendable, Equatable {
    /// Analysed now; its outputs were written. `samples` counts the samples analysed.
    case analysed(StudySummaryRow, samples: Int)
    /// Its outputs were already up to date (newer than the recording, same settings) and were kept.
    case upToDate(StudySummaryRow)
    /// It could not be read, analysed or written; nothing of it was written.
    case failed(StudyFailure)
}

/// One recording's outcome, as reported while a study runs.
public struct StudyFileResult: Sendable, Equatable {
    /// The position of the recording in the study's inputs.
    public var index: Int
    /// The recording.
    public var input: StudyInput
    /// What became of it.
    public var outcome: StudyFileOutcome

    /// The study row, unless the file failed.
    public var row: StudySummaryRow? {
        switch outcome {
        case .analysed(let row, _), .upToDate(let row): row
        case .failed: nil
        }
    }
}

/// The outcome of a whole study: rows and failures in input order, and counts.
public struct StudyResults: Sendable, Equatable {
    /// One row per file that was analysed now or before, in input order.
    public var rows: [StudySummaryRow] = []
    /// One entry per file that failed, in input order.
    public var failures: [StudyFailure] = []
    /// Files analysed in this run.
    public var analysed = 0
    /// Files whose outputs were up to date.
    public var upToDate = 0
    /// Samples analysed in this run.
    public var samples = 0
    /// Whether the run was cancelled before every file was done.
    public var cancelled = false
}

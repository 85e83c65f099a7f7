/// Progress of a running study: files done, samples per second and the time left, estimated from the
/// bytes still to read at the rate so far.
public struct StudyProgress: Sendable, Equatable {
    /// Files in the study.
    public let totalFiles: Int
    /// Bytes of all files.
    public let totalBytes: Int
    /// Files finished (analysed, up to date or failed).
    public private(set) var finishedFiles = 0
    /// Files that failed.
    public private(set) var failedFiles = 0
    /// Files whose outputs were up to date.
    public private(set) var upToDateFiles = 0
    /// Samples analysed so far.
    public private(set) var samples = 0
    /// Bytes of the files finished.
    public private(set) var finishedBytes = 0
    /// Bytes of the files that were read (analysed or failed), the work that took time.
    public private(set) var processedBytes = 0

    /// Starts the progress of a study of `inputs`.
    public init(_ inputs: [StudyInput]) {
        totalFiles = inputs.count
        totalBytes = inputs.reduce(0) { $0 + $1.byteCount }
    }

    /// Counts a finished file.
    public mutating func record(_ result: StudyFileResult) {
        finishedFiles += 1
        finishedBytes += result.input.byteCount
        switch result.outcome {
        case .analysed(_, let count):
            samples += count
            processedBytes += result.input.byteCount
        case .upToDate:
            upToDateFiles += 1
        case .failed:
            failedFiles += 1
            processedBytes += result.input.byteCount
        }
    }

    /// Samples analysed per second of `elapsed` seconds; `nil` before any time has passed.
    public func samplesPerSecond(elapsed: Double) -> Double? {
        elapsed > 0 ? Double(samples) / elapsed : nil
    }

    /// Seconds left at the rate so far; `nil` until a file has been read; 0 when all are done.
    public func estimatedSecondsRemaining(elapsed: Double) -> Double? {
        if finishedFiles == totalFiles { return 0 }
        guard elapsed > 0, processedBytes > 0 else { return nil }
        let bytesPerSecond = Double(processedBytes) / elapsed
        return Double(totalBytes - finishedBytes) / bytesPerSecond
    }
}

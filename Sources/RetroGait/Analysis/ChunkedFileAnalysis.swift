import Foundation

extension GaitAnalyzer {
    /// Analyses a file as it is read, chunk by chunk, in memory bounded whatever the file's length.
    ///
    /// ```swift
    /// let reader = try RecordingChunkReader(contentsOf: url, options: .init(placement: .lowerBack))
    /// let result = try analyzer.analyze(reader, keepingDetails: false) { segment, update in
    ///     if case .event(let event) = update { print(segment, event.time) }
    /// }
    /// ```
    ///
    /// Each segment of the file goes through the same block-wise analysis as
    /// ``analyze(_:)->GaitAnalysis`` with ``AnalysisWindowing/batch`` windows, so the result equals
    /// that of reading the whole file with ``RecordingReader`` and analysing it in memory. Only one
    /// window of samples (at 100 Hz 186 000 samples), the reader's buffers and a compact record per step
    /// (48 bytes: what the summary's medians need; beyond 65 536 steps the older records wait in an
    /// unnamed temporary file) are in memory, so memory is bounded whatever the file's length; events
    /// and steps go to `onUpdate` as they are decided and, unless `keepingDetails` is false, into the
    /// result too.
    ///
    /// - Parameters:
    ///   - reader: the file, freshly opened.
    ///   - keepingDetails: whether the result's segments list their events and steps and the summaries
    ///     their ``GaitSummary/cadenceSeries`` (a point per step). False for day-long files, when
    ///     `onUpdate` already writes the steps out (the series can be built from them as they come, see
    ///     ``CadenceSeriesBuilder``); every other figure of the summaries is the same either way.
    ///   - onUpdate: called with the segment's index and each update as soon as it is decided.
    /// - Throws: ``FileReadError`` from the reader, ``AnalysisError`` when a segment cannot be
    ///   analysed, ``TemporaryStorageError`` when step records moved to the temporary file cannot be
    ///   read back, or what `onUpdate` throws.
    public func analyze(
        _ reader: RecordingChunkReader, keepingDetails: Bool = true,
        onUpdate: (_ segment: Int, _ update: StreamingUpdate) throws -> Void = { _, _ in }
    ) throws -> RecordingAnalysis {
        var segments: [RecordingAnalysis.Segment] = []
        // The step records of every segment, one after the other, in memory bounded by spilling to a file.
        let records = SpillingBuffer<StepRecord>(memoryLimit: keepingDetails ? .max : SpillingBuffer<StepRecord>.defaultMemoryLimit)
        var current: BlockwiseAnalysis?
        func close(_ analysis: BlockwiseAnalysis) throws {
            try analysis.finish()
            for update in analysis.takeUpdates() { try onUpdate(segments.count, update) }
            segments.append(.init(startTime: analysis.startTime, analysis: analysis.assembler.analysis()))
            if let failure = analysis.assembler.temporaryStorageFailure { throw failure }
        }
        while let chunk = try reader.next() {
            if current == nil {
                current = try BlockwiseAnalysis(
                    analyzer: self, windowing: .batch, sampleRate: chunk.sampleRate, startTime: chunk.segmentStartTime,
                    hasGyroscope: chunk.angularVelocity != nil, keepsDetails: keepingDetails, recordsUpdates: true,
                    stepRecords: records)
            }
            guard let analysis = current else { continue }
            try analysis.push(chunk.acceleration, angularVelocity: chunk.angularVelocity)
            for update in analysis.takeUpdates() { try onUpdate(segments.count, update) }
            if chunk.endsSegment {
                try close(analysis)
                current = nil
            }
        }
        if let analysis = current { try close(analysis) }
        guard !segments.isEmpty else { throw FileReadError(file: reader.file, reason: .noData) }
        if keepingDetails {
            return RecordingAnalysis(format: reader.format, segments: segments, readerWarnings: reader.warnings)
        }
        let analysis = RecordingAnalysis(format: reader.format, segments: segments, readerWarnings: reader.warnings, records: records)
        try records.checkReadBack()
        return analysis
    }
}

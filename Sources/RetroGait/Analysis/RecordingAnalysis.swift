/// Everything found in a whole file: one ``GaitAnalysis`` per segment of a ``LoadedRecording`` and a
/// summary of the file as a whole.
///
/// ```swift
/// let loaded = try RecordingReader.read(contentsOf: url, options: .init(placement: .lowerBack))
/// let result = try GaitAnalyzer(configuration: .init(placement: .lowerBack)).analyze(loaded)
/// print(result.summary.steps, result.segments.count)
/// ```
public struct RecordingAnalysis: Sendable, Codable, Equatable {
    /// One segment of the file (a stretch between gaps longer than the reader bridges) and its analysis.
    public struct Segment: Sendable, Codable, Equatable {
        /// Time of the segment's first sample, in seconds on the recording's time base.
        public var startTime: Double
        /// The segment's analysis; its summary's warnings are the segment's own.
        public var analysis: GaitAnalysis

        /// Creates a segment result.
        public init(startTime: Double, analysis: GaitAnalysis) {
            self.startTime = startTime
            self.analysis = analysis
        }

        enum CodingKeys: String, CodingKey {
            case startTime = "start_s"
            case analysis
        }
    }

    /// The layout the file was read as.
    public var format: RecordingFormat
    /// The segments in time order. Never empty.
    public var segments: [Segment]
    /// The whole file: counts and durations added over the segments, medians over all steps, the
    /// reader's warnings followed by each segment's. See ``GaitAnalyzer/analyze(_:)-(LoadedRecording)``.
    public var summary: GaitSummary

    /// Creates a result from per-segment analyses (at least one) and the reader's warnings.
    public init(format: RecordingFormat, segments: [Segment], readerWarnings: [AnalysisWarning]) {
        precondition(!segments.isEmpty, "a recording analysis has at least one segment")
        self.format = format
        self.segments = segments
        summary = Self.combinedSummary(segments.map(\.analysis), readerWarnings: readerWarnings)
    }

    /// A result whose segments may leave out their steps and cadence series: the file's step figures
    /// come from `records`, every segment's step records in time order (read only when there are
    /// several segments); its cadence series is left empty.
    init(format: RecordingFormat, segments: [Segment], readerWarnings: [AnalysisWarning], records: SpillingBuffer<StepRecord>) {
        precondition(!segments.isEmpty, "a recording analysis has at least one segment")
        self.format = format
        self.segments = segments
        summary = Self.combinedSummary(
            segments.map(\.analysis), readerWarnings: readerWarnings, statistics: { StepStatistics(records, includingCadenceSeries: false, medianMemoryLimit: records.memoryLimit) })
    }

    /// All detected events of the file, in time order.
    public var events: [GaitEvent] { segments.flatMap(\.analysis.events) }

    /// All steps of the file, in time order.
    public var steps: [Step] { segments.flatMap(\.analysis.steps) }

    /// All bouts of the file, in time order (each segment's bouts cover that segment).
    public var bouts: [BoutSummary] { segments.flatMap(\.analysis.bouts) }

    /// One segment's summary unchanged (with the reader's warnings first); several: counts and durations
    /// summed, step medians and the cadence series over all steps, cadence the median over the
    /// segments' cadences weighted by their steps, spectral cadence from the segment with the most gait.
    static func combinedSummary(
        _ analyses: [GaitAnalysis], readerWarnings: [AnalysisWarning],
        statistics: (() -> StepStatistics)? = nil
    ) -> GaitSummary {
        var summary = analyses[0].summary
        if analyses.count > 1 {
            let summaries = analyses.map(\.summary)
            summary.durationSeconds = summaries.reduce(0) { $0 + $1.durationSeconds }
            summary.gaitDurationSeconds = summaries.reduce(0) { $0 + $1.gaitDurationSeconds }
            summary.steps = summaries.reduce(0) { $0 + $1.steps }
            summary.detectedContacts = summaries.reduce(0) { $0 + $1.detectedContacts }
            summary.sampleRateHz = summaries.max { $0.durationSeconds < $1.durationSeconds }?.sampleRateHz ?? summary.sampleRateHz
            summary.cadenceStepsPerMinute = weightedMedianCadence(summaries)
            summary.spectralCadenceStepsPerMinute = summaries
                .filter { $0.spectralCadenceStepsPerMinute != nil }
                .max { $0.gaitDurationSeconds < $1.gaitDurationSeconds }?.spectralCadenceStepsPerMinute
            summary.apply(statistics?() ?? StepStatistics(analyses.flatMap(\.steps)))
            summary.warnings = analyses.flatMap(\.summary.warnings)
        }
        summary.warnings = readerWarnings + summary.warnings
        return summary
    }

    private static func weightedMedianCadence(_ summaries: [GaitSummary]) -> Double? {
        var cadences: [Double] = []
        for summary in summaries {
            guard let cadence = summary.cadenceStepsPerMinute else { continue }
            cadences += repeatElement(cadence, count: max(1, summary.steps))
        }
        return OrderStatistics.median(cadences)
    }
}

extension GaitAnalyzer {
    /// Analyses every segment of a file as read by ``RecordingReader``.
    ///
    /// The reader's warnings come first in the result's ``RecordingAnalysis/summary``.
    /// - Throws: ``AnalysisError`` when a segment cannot be analysed (e.g. its sample rate is too low).
    public func analyze(_ loaded: LoadedRecording) throws(AnalysisError) -> RecordingAnalysis {
        var segments: [RecordingAnalysis.Segment] = []
        segments.reserveCapacity(loaded.segments.count)
        for recording in loaded.segments {
            segments.append(.init(startTime: recording.startTime, analysis: try analyze(recording)))
        }
        return RecordingAnalysis(format: loaded.format, segments: segments, readerWarnings: loaded.warnings)
    }
}

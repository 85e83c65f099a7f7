import RetroGait

/// The per-file summary JSON written by `retrogait batch` (`<name>.summary.json`).
///
/// ```json
/// {"file": "p01/run.csv", "format": "canonical", "settings": "placement=lower-back …",
///  "summary": {…the whole file…}, "segments": [{"start_s": 0, "summary": {…}}], "bouts": [{…}]}
/// ```
/// `summary` is a `GaitSummary` of the whole file (see `RecordingAnalysis/summary`); `segments`
/// lists each stretch between long gaps with its own summary; `bouts` are the
/// `BoutSummary`s of the whole file. `settings` records the options the file
/// was analysed with, so a later run with other options analyses it again.
public struct RecordingSummaryDocument: Sendable, Codable, Equatable {
    /// One segment's start and summary.
    public struct Segment: Sendable, Codable, Equatable {
        /// Time of the segment's first sample, in seconds.
        public var startTime: Double
        /// The segment's summary.
        public var summary: GaitSummary

        enum CodingKeys: String, CodingKey {
            case startTime = "start_s"
            case summary
        }
    }

    /// The recording's path as given.
    public var file: String
    /// The layout it was read as.
    public var format: RecordingFormat
    /// The analysis options, as a stable text.
    public var settings: String
    /// The whole file.
    public var summary: GaitSummary
    /// Each segment.
    public var segments: [Segment]
    /// The bouts of all segments, in time order.
    public var bouts: [BoutSummary]

    /// The document of a file's analysis.
    public init(file: String, settings: String, analysis: RecordingAnalysis) {
        self.file = file
        format = analysis.format
        self.settings = settings
        summary = analysis.summary
        segments = analysis.segments.map { Segment(startTime: $0.startTime, summary: $0.analysis.summary) }
        bouts = analysis.bouts
    }

    /// The study row of this file.
    public var row: StudySummaryRow {
        StudySummaryRow(file: file, format: format, segments: segments.count, summary: summary, bouts: bouts)
    }
}

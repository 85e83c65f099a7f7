import RetroGait

/// A picture of one recording's analysis: a self-contained SVG (or an HTML page embedding it) with
///
/// - the acceleration magnitude (min/max per pixel column, so hours of data stay a small file), the
///   detected initial contacts and toe-offs, and the bouts shaded by activity, backward ones hatched;
/// - cadence and ground-contact time over time;
/// - the foot-strike distribution per bout ("not classified" where strikes are unknown).
///
/// ```swift
/// let loaded = try RecordingReader.read(contentsOf: url, options: .init(placement: .lowerBack))
/// let analysis = try GaitAnalyzer(configuration: .init(placement: .lowerBack)).analyze(loaded)
/// let svg = GaitReport(title: "run.csv", recording: loaded, analysis: analysis).svg()
/// ```
/// No fonts, scripts or images are referenced: the files render the same offline.
public struct GaitReport: Sendable {
    /// The heading, usually the file name.
    public var title: String
    /// The recording's segments, in time order (`LoadedRecording/segments`).
    public var segments: [Recording]
    /// The analysis of the same segments.
    public var analysis: RecordingAnalysis
    /// Bouts to shade and to group strikes by: the analysis's own unless others are given; empty when
    /// not known (strikes are then shown for the whole recording).
    public var bouts: [Bout]
    /// Width of the picture in pixels (at least 600).
    public var width: Int

    /// A report of `segments` and their `analysis`; `bouts` replace the analysis's bouts (e.g. labelled ones).
    public init(title: String, segments: [Recording], analysis: RecordingAnalysis, bouts: [Bout]? = nil, width: Int = 1200) {
        self.title = title
        self.segments = segments
        self.analysis = analysis
        self.bouts = bouts ?? analysis.bouts.map(\.bout)
        self.width = max(600, width)
    }

    /// A report of a file as read and analysed.
    public init(title: String, recording: LoadedRecording, analysis: RecordingAnalysis, bouts: [Bout]? = nil, width: Int = 1200) {
        self.init(title: title, segments: recording.segments, analysis: analysis, bouts: bouts, width: width)
    }

    /// The report as a standalone SVG document.
    public func svg() -> String {
        var drawing = ReportDrawing(report: self)
        return drawing.render()
    }

    /// The report as a standalone HTML page: the SVG inline, then the summary as a table.
    public func html() -> String {
        HTMLReport.page(for: self, svg: svg())
    }
}

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
        var drawing = ReportDrawing(content: content)
        return drawing.render()
    }

    /// The report as a standalone HTML page: the SVG inline, then the summary as a table.
    public func html() -> String {
        HTMLReport.page(title: title, summary: analysis.summary, svg: svg())
    }

    /// What the picture draws, reduced from the samples and the analysis.
    var content: ReportContent {
        let time = ReportContent.timeAxis(segments: segments.lazy.map { ($0.startTime, $0.duration) }, width: width)
        var magnitude = ReportContent.magnitudeEnvelope(time: time, width: width, samples: segments.reduce(0) { $0 + $1.count })
        for segment in segments {
            let a = segment.acceleration
            for index in 0..<segment.count {
                magnitude.add(ReportContent.magnitude(a.x[index], a.y[index], a.z[index]), at: segment.time(ofSample: index))
            }
        }
        let eventCount = zip(segments, analysis.segments).reduce(0) { $0 + $1.1.analysis.events.count }
        let events: EventMarks
        if ReportContent.drawsEventPoints(count: eventCount, width: width) {
            var contacts: [(time: Double, magnitude: Double)] = []
            var toeOffs: [(time: Double, magnitude: Double)] = []
            for (segment, result) in zip(segments, analysis.segments) {
                let a = segment.acceleration
                for event in result.analysis.events {
                    let index = min(max(0, event.sampleIndex), segment.count - 1)
                    let point = (event.time, Double(ReportContent.magnitude(a.x[index], a.y[index], a.z[index])))
                    if event.kind == .initialContact { contacts.append(point) } else { toeOffs.append(point) }
                }
            }
            events = .points(contacts: contacts, toeOffs: toeOffs)
        } else {
            var collector = EventMarks.ColumnCollector(time: time)
            for (_, result) in zip(segments, analysis.segments) {
                for event in result.analysis.events { collector.add(event.kind, at: event.time) }
            }
            events = collector.marks
        }
        let series = analysis.summary.cadenceSeries
        var cadence = SeriesMarks.Builder(count: series.count, time: time, width: width)
        for point in series { cadence.add(time: point.time, value: point.stepsPerMinute) }
        let steps = analysis.steps
        var stepMarks = StepMarksCollector(
            timedSteps: steps.count { $0.contactMilliseconds != nil }, time: time, width: width, bouts: bouts)
        for step in steps {
            stepMarks.add(
                time: step.initialContactTime, contactMilliseconds: step.contactMilliseconds, side: step.side, strike: step.strike)
        }
        return ReportContent(
            title: title, width: width, summary: analysis.summary, segmentCount: analysis.segments.count, bouts: bouts,
            time: time, magnitude: magnitude, events: events, cadence: cadence.result, contact: stepMarks.contactSeries,
            contactSides: stepMarks.contactSides, strikeGroups: stepMarks.strikeGroups(origin: segments.first?.startTime ?? 0))
    }
}

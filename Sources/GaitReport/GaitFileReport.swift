import Foundation
import RetroGait

/// The picture of a file's analysis, made in memory bounded whatever the file's length: the same
/// SVG (and HTML page), byte for byte, as ``GaitReport`` of the file read whole and analysed in memory.
///
/// ```swift
/// let report = try GaitFileReport(
///     contentsOf: url, options: .init(placement: .lowerBack), configuration: .init(placement: .lowerBack))
/// try report.svg().write(to: output, atomically: true, encoding: .utf8)
/// ```
///
/// The file is read twice. The first pass analyses it chunk by chunk
/// (`GaitAnalyzer.analyze(_:keepingDetails:onUpdate:)`), keeping its events and steps as compact
/// records that wait in an unnamed temporary file beyond 65 536 of each; the second reads the samples
/// again for the acceleration envelope (one minimum and maximum per pixel column) and, when the events
/// are few enough to be drawn one by one, the magnitude at each. What the picture then holds is bounded
/// by its width and the number of bouts, not by the recording's length.
public struct GaitFileReport: Sendable {
    /// The heading, usually the file name.
    public let title: String
    /// The analysis, without its events, steps and cadence series (those went into the picture as they
    /// were decided): the summaries and bouts.
    public let analysis: RecordingAnalysis
    let content: ReportContent

    /// Reads, analyses and reduces the file at `url`.
    ///
    /// - Parameters:
    ///   - url: the recording (any format `RecordingChunkReader` reads).
    ///   - options: how to read the file (as for `RecordingChunkReader`).
    ///   - configuration: the analyzer's configuration.
    ///   - title: the heading; the file's name when nil.
    ///   - bouts: bouts to shade and to group strikes by instead of the detected ones (e.g. labelled ones).
    ///   - width: width of the picture in pixels (at least 600).
    /// - Throws: `FileReadError` when the file cannot be read (the file must not change between the two
    ///   passes: a change is not detected, and the envelope would show the second read),
    ///   `AnalysisError` when it cannot be analysed, `TemporaryStorageError` when records moved to
    ///   the temporary file cannot be read back.
    public init(
        contentsOf url: URL, options: RecordingReadOptions, configuration: GaitAnalyzer.Configuration,
        title: String? = nil, bouts: [Bout]? = nil, width: Int = 1200
    ) throws {
        let width = max(600, width)
        self.title = title ?? url.lastPathComponent
        let events = SpillingBuffer<EventRecord>()
        let steps = SpillingBuffer<StepMark>()
        let cadencePoints = SpillingBuffer<SeriesPoint>()
        var cadenceBuilder = CadenceSeriesBuilder()
        var timedSteps = 0
        let analysis = try GaitAnalyzer(configuration: configuration).analyze(
            RecordingChunkReader(contentsOf: url, options: options), keepingDetails: false
        ) { segment, update in
            switch update {
            case .event(let event):
                events.append(EventRecord(
                    time: event.time, sampleIndex: event.sampleIndex, segment: segment, isContact: event.kind == .initialContact))
            case .step(let step):
                steps.append(StepMark(step))
                if step.contactMilliseconds != nil { timedSteps += 1 }
                cadenceBuilder.add(step) { cadencePoints.append(SeriesPoint(time: $0.time, value: $0.stepsPerMinute)) }
            case .lateEvent, .retraction, .bout:
                break  // a file's analysis decides each event once; bouts come with the result
            }
        }
        cadenceBuilder.finish { cadencePoints.append(SeriesPoint(time: $0.time, value: $0.stepsPerMinute)) }
        self.analysis = analysis
        let bouts = bouts ?? analysis.bouts.map(\.bout)

        // The segments' spans and sample counts, as the recordings read whole would give them.
        let spans = analysis.segments.map { (start: $0.startTime, duration: $0.analysis.summary.durationSeconds) }
        let counts = analysis.segments.map {
            Int(($0.analysis.summary.durationSeconds * $0.analysis.summary.sampleRateHz).rounded())
        }
        let time = ReportContent.timeAxis(segments: spans, width: width)
        var magnitude = ReportContent.magnitudeEnvelope(time: time, width: width, samples: counts.reduce(0, +))
        let drawsPoints = ReportContent.drawsEventPoints(count: events.count, width: width)
        // The samples whose magnitude marks an event (only when there are few), keyed by segment and index.
        var wanted: [Int: [Int: Float]] = [:]
        if drawsPoints {
            for event in events {
                let index = min(max(0, event.sampleIndex), counts[event.segmentIndex] - 1)
                wanted[event.segmentIndex, default: [:]][index] = .nan
            }
        }
        let reader = try RecordingChunkReader(contentsOf: url, options: options)
        var segment = 0
        while let chunk = try reader.next() {
            let a = chunk.acceleration
            for offset in 0..<chunk.count {
                let index = chunk.firstSampleIndex + offset
                magnitude.add(
                    ReportContent.magnitude(a.x[offset], a.y[offset], a.z[offset]),
                    at: chunk.segmentStartTime + Double(index) / chunk.sampleRate)
            }
            if var marked = wanted[segment] {
                for index in marked.keys where index >= chunk.firstSampleIndex && index < chunk.firstSampleIndex + chunk.count {
                    let offset = index - chunk.firstSampleIndex
                    marked[index] = ReportContent.magnitude(a.x[offset], a.y[offset], a.z[offset])
                }
                wanted[segment] = marked
            }
            if chunk.endsSegment { segment += 1 }
        }

        let eventMarks: EventMarks
        if drawsPoints {
            // Each segment's events in time order, as the in-memory analysis sorts them.
            var contacts: [(time: Double, magnitude: Double)] = []
            var toeOffs: [(time: Double, magnitude: Double)] = []
            var all = Array(events)
            try events.checkReadBack()
            all = analysis.segments.indices.flatMap { index in all.filter { $0.segmentIndex == index }.sorted { $0.time < $1.time } }
            for event in all {
                let index = min(max(0, event.sampleIndex), counts[event.segmentIndex] - 1)
                let point = (event.time, Double(wanted[event.segmentIndex]?[index] ?? .nan))
                if event.isContact { contacts.append(point) } else { toeOffs.append(point) }
            }
            eventMarks = .points(contacts: contacts, toeOffs: toeOffs)
        } else {
            var collector = EventMarks.ColumnCollector(time: time)
            for event in events { collector.add(event.isContact ? .initialContact : .toeOff, at: event.time) }
            try events.checkReadBack()
            eventMarks = collector.marks
        }
        var cadence = SeriesMarks.Builder(count: cadencePoints.count, time: time, width: width)
        for point in cadencePoints { cadence.add(time: point.time, value: point.value) }
        try cadencePoints.checkReadBack()
        var stepMarks = StepMarksCollector(timedSteps: timedSteps, time: time, width: width, bouts: bouts)
        for mark in steps {
            stepMarks.add(time: mark.time, contactMilliseconds: mark.contactMilliseconds, side: mark.side, strike: mark.strike)
        }
        try steps.checkReadBack()
        content = ReportContent(
            title: self.title, width: width, summary: analysis.summary, segmentCount: analysis.segments.count, bouts: bouts,
            time: time, magnitude: magnitude, events: eventMarks, cadence: cadence.result, contact: stepMarks.contactSeries,
            contactSides: stepMarks.contactSides, strikeGroups: stepMarks.strikeGroups(origin: spans.first?.start ?? 0))
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
}

/// An event as the report needs it: 24 bytes, so a day's events can wait in a temporary file.
private struct EventRecord: BitwiseCopyable {
    var time: Double
    var sampleIndex: Int
    var segment: Int32
    var isContact: Bool

    init(time: Double, sampleIndex: Int, segment: Int, isContact: Bool) {
        self.time = time
        self.sampleIndex = sampleIndex
        self.segment = Int32(truncatingIfNeeded: segment)
        self.isContact = isContact
    }

    var segmentIndex: Int { Int(segment) }
}

/// A step as the report needs it: its initial contact, its contact time (NaN when unknown), side and strike.
private struct StepMark: BitwiseCopyable {
    var time: Double
    var contactMilliseconds: Double
    private var sideCode: UInt8
    private var strikeCode: UInt8

    init(_ step: Step) {
        time = step.initialContactTime
        contactMilliseconds = step.contactMilliseconds ?? .nan
        sideCode = UInt8(Side.allCases.firstIndex(of: step.side) ?? 0)
        strikeCode = UInt8(FootStrike.allCases.firstIndex(of: step.strike) ?? 0)
    }

    var side: Side { Side.allCases[Int(sideCode)] }
    var strike: FootStrike { FootStrike.allCases[Int(strikeCode)] }
}

/// One point of a step series.
private struct SeriesPoint: BitwiseCopyable {
    var time: Double
    var value: Double
}

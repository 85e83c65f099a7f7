import Foundation
import GaitSimulator
import Testing
@testable import RetroGait

/// The block-wise analysis of long recordings and files: a file streamed in chunks gives exactly what
/// the in-memory analysis gives, long windows agree with one whole-recording window, and the samples
/// held never exceed one window whatever the length.
@Suite("Chunked analysis: files, long recordings, bounded memory")
struct ChunkedAnalysisTests {
    /// 40.5 minutes at 25 Hz: longer than one batch window (31 minutes), so two windows are decided.
    static let session = "3*(fw-run:4m, stand:30, bw-run:2m, stand:40, fw-walk:3m, stand:20, fw-run:3m)"

    /// Simulated once for the suite's tests.
    private static let lowerBack = Result { try StreamRun.simulate(session, placement: .lowerBack, rate: 25, seed: 5) }

    static func recording() throws -> Recording {
        try lowerBack.get()
    }

    @Test func chunkedFileAnalysisEqualsInMemoryAnalysis() throws {
        let recording = try Self.recording()
        #expect(recording.duration > 1860)
        let csv = Data(CanonicalCSVWriter.csv(recording).utf8)
        let options = RecordingReadOptions(placement: .lowerBack)
        let analyzer = GaitAnalyzer(configuration: .init(placement: .lowerBack))
        let inMemory = try analyzer.analyze(RecordingReader.parse(csv, file: "session.csv", options: options))
        for chunkLength in [997, 65_536] {
            let reader = try RecordingChunkReader(data: csv, file: "session.csv", options: options, chunkLength: chunkLength)
            var streamedEvents: [GaitEvent] = []
            var streamedSteps: [Step] = []
            let chunked = try analyzer.analyze(reader) { _, update in
                if case .event(let event) = update { streamedEvents.append(event) }
                if case .step(let step) = update { streamedSteps.append(step) }
            }
            #expect(chunked == inMemory)
            #expect(streamedEvents.sorted { $0.time < $1.time } == inMemory.events)
            #expect(streamedSteps == inMemory.steps)
        }
        #expect(inMemory.summary.steps > 1000)
    }

    /// Without details (events and steps) the summaries are the same, for one segment or several.
    @Test func detailsCanBeLeftOutWithTheSameSummaries() throws {
        let recording = try StreamRun.simulate("fw-run:20, bw-run:20, fw-walk:15", placement: .lowerBack, rate: 50)
        let lines = CanonicalCSVWriter.csv(recording).split(separator: "\n")
        // Rows 25–30 s removed: a 5 s gap splits the file into two segments.
        let kept = lines.enumerated().filter { index, _ in index == 0 || !(1251...1500).contains(index) }.map(\.element)
        let csv = Data((kept.joined(separator: "\n") + "\n").utf8)
        let analyzer = GaitAnalyzer(configuration: .init(placement: .lowerBack))
        let options = RecordingReadOptions(placement: .lowerBack)
        let full = try analyzer.analyze(RecordingChunkReader(data: csv, file: "split.csv", options: options))
        var count = 0
        // The cadence series are left out; built from the steps as they come, they are the same.
        var builders = [CadenceSeriesBuilder(), CadenceSeriesBuilder()]
        var series: [[CadenceSample]] = [[], []]
        let lean = try analyzer.analyze(RecordingChunkReader(data: csv, file: "split.csv", options: options), keepingDetails: false) { segment, update in
            if case .event = update { count += 1 }
            if case .step(let step) = update { builders[segment].add(step) { series[segment].append($0) } }
        }
        for segment in 0..<2 { builders[segment].finish { series[segment].append($0) } }
        #expect(full.segments.count == 2)
        #expect(lean.events.isEmpty && lean.steps.isEmpty)
        #expect(count == full.events.count)
        #expect(count >= 2 * 80)
        func withoutSeries(_ summary: GaitSummary) -> GaitSummary {
            var summary = summary
            summary.cadenceSeries = []
            return summary
        }
        #expect(lean.summary.cadenceSeries.isEmpty)
        #expect(lean.summary == withoutSeries(full.summary))
        #expect(lean.bouts == full.bouts)
        for (index, (a, b)) in zip(lean.segments, full.segments).enumerated() {
            #expect(a.analysis.summary == withoutSeries(b.analysis.summary))
            #expect(series[index] == b.analysis.summary.cadenceSeries && series[index].count > 20)
        }
    }

    /// A long recording in memory is cut into windows straight from its arrays; the windows, and so the
    /// whole analysis, are those its samples give when pushed in pieces, with and without a gyroscope.
    /// 13.5 minutes in 10-minute windows (``GaitAnalyzer/analyze(_:)->GaitAnalysis``'s code with shorter
    /// windows than ``AnalysisWindowing/batch``, so the foot with a gyroscope need not simulate 31 minutes).
    @Test(arguments: [(Placement.lowerBack, false), (.foot, true)])
    func inMemoryWindowsEqualPushedWindows(placement: Placement, gyroscope: Bool) throws {
        let session = "fw-run:4m, stand:30, bw-run:2m, stand:40, fw-walk:3m, stand:20, fw-run:3m"
        let recording = try StreamRun.simulate(session, placement: placement, rate: 25, seed: 5, gyroscope: gyroscope)
        let analyzer = GaitAnalyzer(configuration: .init(placement: placement))
        let windowing = AnalysisWindowing(historySeconds: 30, decisionSeconds: 600, lookaheadSeconds: 30)
        func analysis() throws -> BlockwiseAnalysis {
            try BlockwiseAnalysis(
                analyzer: analyzer, windowing: windowing, sampleRate: recording.sampleRate, startTime: recording.startTime,
                hasGyroscope: gyroscope, keepsDetails: true, recordsUpdates: false, expectedCount: recording.count)
        }
        let whole = try analysis()
        try whole.analyzeWhole(recording)
        let inMemory = whole.assembler.analysis()
        let pushed = try analysis()
        var start = 0
        while start < recording.count {
            let range = start..<min(recording.count, start + 997)
            func piece(_ signal: TriaxialSignal) -> TriaxialSignal {
                TriaxialSignal(x: Array(signal.x[range]), y: Array(signal.y[range]), z: Array(signal.z[range]))
            }
            try pushed.push(piece(recording.acceleration), angularVelocity: recording.angularVelocity.map(piece))
            start = range.upperBound
        }
        try pushed.finish()
        #expect(recording.duration > 660)
        #expect(inMemory.summary.steps > 500)
        let analysis = pushed.assembler.analysis()
        // Compared whole, reported by count: a difference would print two analyses of a thousand steps.
        let same = inMemory == analysis
        #expect(same, "in memory \(inMemory.events.count) events, \(inMemory.steps.count) steps; pushed \(analysis.events.count), \(analysis.steps.count)")
    }

    /// Long windows against one window spanning the whole recording: the events at the window seam are
    /// the only ones that may differ.
    @Test func longWindowsAgreeWithOneWholeWindow() throws {
        let recording = try Self.recording()
        let analyzer = GaitAnalyzer(configuration: .init(placement: .lowerBack))
        let windowed = try analyzer.analyze(recording)
        let whole = try BlockwiseAnalysis(
            analyzer: analyzer, windowing: .init(historySeconds: 30, decisionSeconds: 100_000, lookaheadSeconds: 30),
            sampleRate: recording.sampleRate, startTime: recording.startTime, hasGyroscope: false, keepsDetails: true,
            recordsUpdates: false)
        try whole.analyzeWhole(recording)
        let reference = whole.assembler.analysis()
        let contacts = EventAgreement(reference: reference.events, candidate: windowed.events, kind: .initialContact, sampleRate: recording.sampleRate)
        #expect(contacts.reference > 1000)
        #expect(contacts.shareWithinOneSample >= 0.995, "\(contacts)")
        #expect(abs(windowed.summary.steps - reference.summary.steps) <= 2)
        #expect(windowed.bouts.map(\.bout.activity) == reference.bouts.map(\.bout.activity))
    }

    /// The samples held are one window's worth, fixed when the analysis is created, whatever is pushed;
    /// a live stream keeps nothing per event, step or bout once reported.
    @Test func heldSamplesAreBoundedByOneWindow() throws {
        let recording = try Self.recording()
        let analysis = try BlockwiseAnalysis(
            analyzer: GaitAnalyzer(configuration: .init(placement: .lowerBack)), windowing: .batch,
            sampleRate: recording.sampleRate, startTime: 0, hasGyroscope: false, keepsDetails: false, recordsUpdates: true)
        let window = 1860 * 25
        #expect(analysis.bufferCapacity == window)
        for _ in 0..<2 { try analysis.push(recording.acceleration, angularVelocity: nil) }
        #expect(analysis.received == 2 * recording.count)
        #expect(analysis.bufferCapacity == window)
        #expect(analysis.received - analysis.decided <= window)
        #expect(analysis.takeUpdates().count > 3000)

        // 12 s of history and 0.5 s of decision plus lookahead at 25 Hz.
        let streaming = try StreamingAnalyzer(configuration: .init(analyzer: .init(placement: .lowerBack)), sampleRate: 25)
        #expect(streaming.bufferCapacity == 300 + 13)
        // The first 13.5 minutes (one repetition of the session): a live window is analysed every 0.1 s.
        let live = 0..<(810 * 25)
        let acceleration = recording.acceleration
        var updates = try streaming.push(SampleChunk(acceleration: TriaxialSignal(
            x: Array(acceleration.x[live]), y: Array(acceleration.y[live]), z: Array(acceleration.z[live]))))
        #expect(streaming.bufferCapacity == 300 + 13)
        // Only the events of the last seconds await their review (steps here are ~0.35 s apart).
        #expect(streaming.retainedItems <= 2 * Int(BlockwiseAnalysis.reviewDelaySeconds / 0.3 + 2))
        #expect(streaming.samplesReceived - streaming.samplesDecided <= Int(0.5 * 25))
        updates += try streaming.finish()
        // Over a thousand steps and their events went out, and none of them (nor their figures) stayed.
        #expect(updates.count { if case .step = $0 { true } else { false } } > 1000)
        #expect(streaming.retainedItems == 0)
    }
}

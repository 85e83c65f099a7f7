import Testing
@testable import RetroGait

/// A live stream's windows while a bout is young: the bout's rhythm is found in every window, with the
/// period the whole bout gives, so its first landing is found by every window (and by the review's).
@Suite("Streaming: a young bout's rhythm")
struct BoutOnsetRhythmTests {
    /// A foot walking backward from standing (the equivalence tests' session), the stream's windows
    /// (12 s of history, 0.5 s past the decision) ending 2.1–4.5 s after the first landing (the window
    /// that reviews it ends 2.5 s after it): before the bout had lasted the estimator's 5 s windows, its
    /// rhythm came and went from one window to the next and its period was short (80 samples where the
    /// bout gives 102: the estimator's windows held standing too). Windows ending sooner after the first
    /// landing need not hold it yet (with the foot detector placing the first landing from standing as
    /// batch does since session 9, those ending 1.5–2.0 s after it do not, seeds 3 and 5).
    @Test(arguments: [3, 5] as [UInt64])
    func everyWindowOfAYoungWalkHoldsItsRhythm(seed: UInt64) throws {
        let recording = try StreamRun.simulate(StreamingEquivalenceTests.session, placement: .foot, seed: seed)
        let analyzer = GaitAnalyzer(configuration: .init(placement: .foot, sensorSide: .left))
        let whole = try analyzer.analyzeWindow(recording)
        // The backward walk after 4 s of standing (from 58 s).
        let firstLanding = try #require(whole.contacts.first { $0.position > 57.5 * recording.sampleRate })
        let bout = try #require(whole.segment(containing: firstLanding.position))
        let windowing = AnalysisWindowing.streaming().samples(at: recording.sampleRate)
        let length = windowing.history + windowing.decision + windowing.lookahead
        var windows = 0
        var misses: [String] = []
        for end in stride(from: Int(firstLanding.position) + 210, through: Int(firstLanding.position) + 450, by: 10) {
            let start = max(0, end - length)
            let window = try analyzer.analyzeWindow(Self.samples(of: recording, start..<end), seesBoutOnsets: true)
            let landing = firstLanding.position - Double(start)
            let segment = window.segment(containing: landing)
            let found = window.contacts.contains { abs($0.position - landing) <= 1 }
            windows += 1
            if segment.map({ abs($0.eventPeriod / bout.eventPeriod - 1) > 0.05 }) ?? true || !found {
                misses.append("window ending \(end): period \(segment.map { String($0.eventPeriod) } ?? "none"), landing found \(found)")
            }
        }
        #expect(windows == 25)
        #expect(misses.isEmpty, "bout period \(bout.eventPeriod): \(misses)")
    }

    static func samples(of recording: Recording, _ range: Range<Int>) throws -> Recording {
        func cut(_ signal: TriaxialSignal) -> TriaxialSignal {
            TriaxialSignal(x: Array(signal.x[range]), y: Array(signal.y[range]), z: Array(signal.z[range]))
        }
        return try Recording(
            sampleRate: recording.sampleRate, startTime: Double(range.lowerBound) / recording.sampleRate,
            acceleration: cut(recording.acceleration), angularVelocity: recording.angularVelocity.map(cut),
            placement: recording.placement)
    }
}

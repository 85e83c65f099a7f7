import Testing
@testable import RetroGait

/// A foot's or shank's lift-off from standing, reported by a live stream before the swing it starts has
/// landed (``SwingBoundaryDetector/liftOffAtLiveEnd(_:acceleration:angularVelocity:sampleRate:contacts:)``).
///
/// The detector finds a lift-off from standing with the first landing, once the stance after it is in
/// view: about a stride after the lift-off, so the stream reported it 0.51–0.73 s after it (seeds 3, 5,
/// 7, 11: in time 2 of 12 at a foot with or without a gyroscope, 1 of 12 at a shank). The window deciding
/// the lift-off's moment sees the limb leave its standing band and climb into the swing, and takes the
/// lift-off where the detector will.
@Suite("Streaming: lift-offs from standing")
struct StreamingLiftOffTests {
    /// Seed 3's three bouts from standing (forward run, backward run, backward walk): every lift-off the
    /// batch analysis finds is reported in time, where the batch places it (none was before).
    @Test(arguments: [(Placement.foot, false), (.foot, true), (.shank, false)])
    func everyLiftOffFromStandingIsReportedInTime(placement: Placement, gyroscope: Bool) throws {
        let recording = try StreamRun.simulate(StreamingEquivalenceTests.session, placement: placement, seed: 3, gyroscope: gyroscope)
        let configuration = GaitAnalyzer.Configuration(placement: placement, sensorSide: .left)
        let batch = try GaitAnalyzer(configuration: configuration).analyze(recording).events
        let stream = try StreamRun.run(recording, configuration: .init(analyzer: configuration))
        let liftOffs = zip(batch, LiveEventContext.classify(batch)).filter { $0.1 == .liftOffFromRest }.map(\.0)
        #expect(liftOffs.count == 3, "\(liftOffs.map(\.time))")
        for liftOff in liftOffs {
            let reports = stream.reportTimes.filter { $0.event.kind == .toeOff && abs($0.event.time - liftOff.time) < 0.5 }
            #expect(StreamingBoutStartTests.inTime(liftOff, stream), "\(liftOff.time): \(reports.map { ($0.event.time, $0.at) })")
        }
    }
}

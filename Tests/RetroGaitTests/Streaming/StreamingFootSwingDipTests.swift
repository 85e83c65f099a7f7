import Testing
@testable import RetroGait

/// A running foot's landing, decided by a live window whose end lies in the swing after it.
///
/// A backward-running foot's swing dips between its push-off and terminal-swing humps about half a
/// stride after the stance, as quiet as the stance (simulated, no gyroscope: 0.736 against 0.754). Stance
/// anchors closer than 0.6 stride are thinned to the deeper one, so in the windows deciding the landing the
/// dip thinned the stance and the landing moved 0.3 s late, to the dip; only once the next stance (deeper
/// than the dip) came in view did it thin the dip and give the stance back. The stream reported the
/// landing and its toe-off 0.65–0.75 s after them, or only with the review (2.5 s).
@Suite("Streaming: a running foot's stance against its swing dip")
struct StreamingFootSwingDipTests {
    /// Seed 11's backward-run landing near 38.24 s and seed 3's near 45.96 s, with their toe-offs: the
    /// stream of the 13 s before and 1.5 s after (the windows' 12 s history) against the whole session's
    /// batch analysis.
    @Test(arguments: [(UInt64(11), 38.24), (3, 45.96)])
    func aBackwardRunningFootsLandingIsReportedInTime(seed: UInt64, landing: Double) throws {
        let range = Int(((landing - 13) * 100).rounded())..<Int(((landing + 1.5) * 100).rounded())
        let (batch, stream) = try StreamRun.part(range, of: StreamingEquivalenceTests.session, placement: .foot, seed: seed)
        let contact = try #require(batch.first { $0.kind == .initialContact && abs($0.time - landing) < 0.02 })
        let toeOff = try #require(batch.first { $0.kind == .toeOff && $0.time > contact.time })
        #expect(toeOff.time - contact.time < 0.3)
        for event in [contact, toeOff] {
            let reports = stream.reportTimes.filter { $0.event.kind == event.kind && abs($0.event.time - event.time) < 0.5 }
            #expect(StreamingBoutStartTests.inTime(event, stream), "\(event.kind) \(event.time): \(reports.map { ($0.event.time, $0.at) })")
        }
    }
}

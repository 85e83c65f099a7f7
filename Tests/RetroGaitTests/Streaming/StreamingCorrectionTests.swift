import GaitSimulator
import Testing
@testable import RetroGait

/// How a live stream corrects an event it reported in time once a later window, seeing more of what
/// followed, places it elsewhere.
@Suite("Streaming: corrections of reported events")
struct StreamingCorrectionTests {
    /// A foot's last running toe-off before standing (seed 4, with a gyroscope, the equivalence tests'
    /// session): the window deciding it places it 0.20 s early (52.97 s), the next window where the batch
    /// analysis does (53.17 s), and that window moves the report at once, still within the latency bound
    /// (withdrawn, reported again in time). Without the move the report waits for its review, two
    /// seconds later, and comes late. (Seed 26 without a gyroscope showed this until the foot's stance
    /// anchors counted the specific force's turn, ``SpecificForceTurn``: the batch now places that toe-off
    /// where the deciding window does.)
    @Test func aToeOffPlacedElsewhereByTheNextWindowIsMovedInTime() throws {
        // From 40 s: the stream's windows lie where the whole session's do (zones on the same 0.1 s grid),
        // with their full 12 s of history by the end of the backward run (54 s).
        let (batch, stream) = try StreamRun.part(
            4000..<5700, of: StreamingEquivalenceTests.session, placement: .foot, seed: 4, gyroscope: true)
        let toeOff = try #require(batch.last { $0.kind == .toeOff && $0.time > 52.5 && $0.time < 53.5 })
        func isIt(_ event: GaitEvent) -> Bool { event.kind == .toeOff && abs(event.time - toeOff.time) <= 0.020 }
        let nearby = stream.reportTimes.filter { $0.event.kind == .toeOff && abs($0.event.time - toeOff.time) < 0.5 }
            .map { ($0.event.time, $0.at) }
        // First reported elsewhere, withdrawn ...
        #expect(stream.retractions.contains { $0.kind == .toeOff && !isIt($0) && abs($0.time - toeOff.time) < 0.5 },
                "reports near it: \(nearby)")
        // ... and reported again where the batch has it, as a correction within the latency bound.
        #expect(stream.corrections.contains(where: isIt), "reports near it: \(nearby)")
        #expect(stream.latencies.contains { isIt($0.event) && $0.seconds <= StreamingEquivalenceTests.latencyBound },
                "reports near it: \(nearby)")
        #expect(stream.finalEvents.contains(where: isIt))
    }
}

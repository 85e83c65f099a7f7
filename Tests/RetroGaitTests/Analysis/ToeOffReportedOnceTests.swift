import GaitSimulator
import Testing
@testable import RetroGait

/// Every toe-off is reported once. A window's toe-offs were measured only against the events kept before
/// that window, so two contacts of one window ending at the same toe-off reported it twice: in simulated
/// interval sessions at the foot, the end of the backward run in seeds 14, 19 and 24 (a spurious contact
/// between the bout's last landing and its toe-off, the step before it 0 ms in flight) and, in seed 19,
/// the backward run's lift-off from standing, which the forward run's last contact had also taken as its
/// toe-off.
@Suite("Toe-offs are reported once")
struct ToeOffReportedOnceTests {
    @Test(arguments: [UInt64(14), 19, 24])
    func noToeOffTwice(seed: UInt64) throws {
        let script = SessionScript([
            BoutScript(.standing, duration: 5), BoutScript(.walking, direction: .forward, duration: 20),
            BoutScript(.standing, duration: 5), BoutScript(.walking, direction: .backward, duration: 20),
            BoutScript(.standing, duration: 5), BoutScript(.running, direction: .forward, duration: 20),
            BoutScript(.standing, duration: 5), BoutScript(.running, direction: .backward, duration: 20),
            BoutScript(.standing, duration: 5),
        ])
        let simulated = GaitSimulator.simulate(script, options: SimulationOptions(placement: .foot, sampleRate: 100, seed: seed))
        let analysis = try GaitAnalyzer(configuration: .init(placement: .foot)).analyze(simulated.recording)
        let toeOffs = analysis.events.filter { $0.kind == .toeOff }.map(\.time).sorted()
        #expect(toeOffs.count >= 90)
        let repeated = zip(toeOffs, toeOffs.dropFirst()).filter { $1 - $0 <= 0.01 }.map(\.0)
        #expect(repeated.isEmpty, "toe-offs reported twice at \(repeated) s")
    }
}

import GaitSimulator
import Testing
@testable import RetroGait

/// A simulated walk ends with its closing step: the foot that settles last is set down beside the other
/// (labelled as an initial contact), and the trunk dips and then loads as that touchdown stops the body's
/// small fall (`TrunkModel`'s closing-step wave, shaped on voisard2023's walk ends). The lower back finds
/// it with `LoadingOnsetDetector`'s closing step, and the foot it is set beside stays down: no toe-off
/// after the walk's last one.
@Suite("Lower back: a simulated walk's closing step")
struct TrunkClosingStepTests {
    /// Measured (seeds 1001-1006, 100 Hz, 20 s walks): forward 6 of 6, backward 5 of 6 closing steps found
    /// within ±40 ms (0 of 6 each before the simulated trunk loaded it: it went flat after the stopping step);
    /// no toe-off after the last labelled one (one per recording with a closing step found before the
    /// detector stopped giving the step before it a toe-off).
    @Test(arguments: [Direction.forward, .backward])
    func closingStepIsFoundAndTheOtherFootStaysDown(direction: Direction) throws {
        var found = 0
        var toeOffsAfterTheLast = 0
        for seed in UInt64(1001)...1006 {
            let script = SessionScript([
                BoutScript(.standing, duration: 3),
                BoutScript(.walking, direction: direction, duration: 20),
                BoutScript(.standing, duration: 3),
            ])
            let simulated = GaitSimulator.simulate(script, options: SimulationOptions(placement: .lowerBack, seed: seed))
            let analysis = try GaitAnalyzer(configuration: .init(placement: .lowerBack)).analyze(simulated.recording)
            let closing = try #require(simulated.events.last { $0.kind == .initialContact })
            if analysis.initialContacts.contains(where: { abs($0.time - closing.time) <= 0.04 }) { found += 1 }
            let lastToeOff = try #require(simulated.events.last { $0.kind == .toeOff })
            toeOffsAfterTheLast += analysis.events.filter { $0.kind == .toeOff && $0.time > lastToeOff.time + 0.04 }.count
        }
        #expect(found >= 4, "closing steps found in \(found) of 6")
        #expect(toeOffsAfterTheLast <= 1, "\(toeOffsAfterTheLast) toe-offs after the walk's last")
    }
}

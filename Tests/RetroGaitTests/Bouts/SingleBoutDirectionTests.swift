import GaitSimulator
import Testing
@testable import RetroGait

/// One bout between two stretches of standing, no declared mounting, a sensor turned at random on its
/// segment: nothing to contrast the bout with, so its direction rests on an anatomical front alone.
/// Seeds apart from the accuracy report's.
@Suite("Bouts: direction of a single bout without a mounting")
struct SingleBoutDirectionTests {
    static func analyse(
        _ placement: Placement, _ activity: Activity, _ direction: Direction, strike: FootStrike, seed: UInt64
    ) throws -> (detected: Direction?, truth: Direction) {
        let script = SessionScript([
            BoutScript(.standing, duration: 3), BoutScript(activity, direction: direction, duration: 20, strike: strike),
            BoutScript(.standing, duration: 3),
        ])
        let simulated = GaitSimulator.simulate(
            script, options: SimulationOptions(placement: placement, seed: seed, mounting: .random))
        let analysis = try GaitAnalyzer(configuration: .init(placement: placement)).analyze(simulated.recording)
        let gait = analysis.bouts.filter { $0.bout.activity != .standing }.max { $0.steps < $1.steps }
        return (gait?.bout.direction, direction)
    }

    /// A runner's forearm is bent forward at the elbow, where it hangs while standing: the wrist finds
    /// the front from that, forward and backward runs alike, with any strike.
    @Test(arguments: [
        (Direction.forward, FootStrike.heel, UInt64(21001)), (.forward, .toe, 21002),
        (.backward, .toe, 21003), (.backward, .heel, 21004), (.backward, .mid, 21005),
    ])
    func wristRunFindsItsFrontFromTheForearm(direction: Direction, strike: FootStrike, seed: UInt64) throws {
        let result = try Self.analyse(.wrist, .running, direction, strike: strike, seed: seed)
        #expect(result.detected == result.truth)
    }

    /// A walking arm hangs nearly as it does while standing: too little to tell the front by, so the
    /// bout stays unknown rather than guessed.
    @Test(arguments: [(Direction.forward, UInt64(21011)), (.backward, 21012)])
    func wristWalkStaysUnknown(direction: Direction, seed: UInt64) throws {
        let result = try Self.analyse(.wrist, .walking, direction, strike: .heel, seed: seed)
        #expect(result.detected == .unknown)
    }
}

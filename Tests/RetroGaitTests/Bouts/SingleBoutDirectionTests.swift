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
        let analysis = try Self.analysis(
            placement, activity, direction, strike: strike,
            options: SimulationOptions(placement: placement, seed: seed, mounting: .random))
        let gait = analysis.bouts.filter { $0.bout.activity != .standing }.max { $0.steps < $1.steps }
        return (gait?.bout.direction, direction)
    }

    static func analysis(
        _ placement: Placement, _ activity: Activity, _ direction: Direction, strike: FootStrike, options: SimulationOptions
    ) throws -> GaitAnalysis {
        let script = SessionScript([
            BoutScript(.standing, duration: 3), BoutScript(activity, direction: direction, duration: 20, strike: strike),
            BoutScript(.standing, duration: 3),
        ])
        let simulated = GaitSimulator.simulate(script, options: options)
        return try GaitAnalyzer(configuration: .init(placement: placement)).analyze(simulated.recording)
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

    /// A shank-worn gyroscope sees the knee flex in swing: the ankle swings far behind the knee,
    /// farther than the shank ever tilts the other way from its stance, forward and backward alike,
    /// so that turn finds the front of a single bout, walking or running, with any strike (without the
    /// cue the shank gave no direction at all for a single bout).
    @Test(arguments: [
        (Activity.walking, Direction.forward, FootStrike.heel, UInt64(21021)), (.running, .forward, .heel, 21022),
        (.running, .forward, .toe, 21023), (.walking, .backward, .toe, 21024), (.running, .backward, .toe, 21025),
        (.running, .backward, .heel, 21026), (.walking, .backward, .mid, 21027),
    ])
    func shankWithGyroscopeFindsItsFrontFromTheKneeFlexion(
        activity: Activity, direction: Direction, strike: FootStrike, seed: UInt64
    ) throws {
        let analysis = try Self.analysis(.shank, activity, direction, strike: strike, options: SimulationOptions(
            placement: .shank, seed: seed, includeGyroscope: true, mounting: .random))
        let gait = analysis.bouts.filter { $0.bout.activity != .standing }.max { $0.steps < $1.steps }
        #expect(gait?.bout.direction == direction)
    }

    /// Without a gyroscope a foot or a shank finds a single bout's direction from the first half of each
    /// swing (``EarlySwingTilt``): a forward foot lifts pitched steeply toe-down, which offsets its
    /// acceleration along the travel; a backward one lifts nearly level over the heel, and its mean
    /// specific force tilts far along the travel. Walking and running, forward and backward, any strike
    /// (before, every such bout stayed unknown).
    @Test(arguments: [
        (Placement.foot, Activity.walking, Direction.forward, FootStrike.heel, UInt64(21061)),
        (.foot, .running, .forward, .toe, 21062), (.foot, .walking, .backward, .toe, 21063),
        (.foot, .running, .backward, .heel, 21064), (.foot, .walking, .backward, .mid, 21065),
        (.shank, .walking, .forward, .heel, 21066), (.shank, .running, .forward, .mid, 21067),
        (.shank, .walking, .backward, .toe, 21068), (.shank, .running, .backward, .heel, 21069),
    ])
    func footAndShankWithoutGyroscopeFindTheirDirectionFromTheEarlySwing(
        placement: Placement, activity: Activity, direction: Direction, strike: FootStrike, seed: UInt64
    ) throws {
        let result = try Self.analyse(placement, activity, direction, strike: strike, seed: seed)
        #expect(result.detected == result.truth)
    }

    /// A walking trunk leans too little to trust the lean alone (the simulator's 1–2°, a real walker's
    /// sacrum 2.6° the wrong way), but in walking the sway phase, a time's arrow that needs no axis sign,
    /// confirms it: a single lower-back walk finds its direction, forward and backward, with any strike
    /// (before, every one stayed unknown).
    @Test(arguments: [
        (Direction.forward, FootStrike.heel, UInt64(21031)), (.forward, .toe, 21032), (.backward, .toe, 21033),
        (.backward, .heel, 21034), (.backward, .mid, 21035),
    ])
    func lowerBackWalkFindsItsDirectionFromALeanTheSwayPhaseConfirms(
        direction: Direction, strike: FootStrike, seed: UInt64
    ) throws {
        let result = try Self.analyse(.lowerBack, .walking, direction, strike: strike, seed: seed)
        #expect(result.detected == result.truth)
    }

    /// A running trunk's sway phase lies far beyond the quadrature (the simulator's backward runs 18–30°):
    /// it decides alone where the lean is too small to trust or points the other way (the simulator's
    /// backward heel and mid runs lean 0–1°, along the travel), so a single lower-back run finds its
    /// direction, forward and backward, with any strike (before, the backward heel and mid runs stayed
    /// unknown).
    @Test(arguments: [
        (Direction.forward, FootStrike.heel, UInt64(21041)), (.forward, .toe, 21042), (.backward, .toe, 21043),
        (.backward, .heel, 21044), (.backward, .mid, 21045), (.backward, .heel, 21046),
    ])
    func lowerBackRunFindsItsDirection(direction: Direction, strike: FootStrike, seed: UInt64) throws {
        let result = try Self.analyse(.lowerBack, .running, direction, strike: strike, seed: seed)
        #expect(result.detected == result.truth)
    }

    /// Without standing there is no lean to measure: a sway phase far beyond the quadrature still decides
    /// (the simulator's backward walks and runs read 13–30° beyond it), and a forward bout, whose simulated
    /// trunk leads by less, is never called backward (before, every such bout stayed unknown).
    @Test(arguments: [
        (Activity.walking, Direction.backward, UInt64(21051)), (.running, .backward, 21052),
        (.walking, .forward, 21053), (.running, .forward, 21054),
    ])
    func lowerBackBoutWithoutStandingIsDecidedByTheSwayPhaseAlone(
        activity: Activity, direction: Direction, seed: UInt64
    ) throws {
        let script = SessionScript([BoutScript(activity, direction: direction, duration: 20)])
        let simulated = GaitSimulator.simulate(
            script, options: SimulationOptions(placement: .lowerBack, seed: seed, mounting: .random))
        let analysis = try GaitAnalyzer(configuration: .init(placement: .lowerBack)).analyze(simulated.recording)
        let gait = analysis.bouts.filter { $0.bout.activity != .standing }.max { $0.steps < $1.steps }
        if direction == .backward {
            #expect(gait?.bout.direction == .backward)
        } else {
            #expect(gait?.bout.direction != .backward)
        }
    }

    /// A walking arm hangs nearly as it does while standing: too little to tell the front by, so the
    /// bout stays unknown rather than guessed.
    @Test(arguments: [(Direction.forward, UInt64(21011)), (.backward, 21012)])
    func wristWalkStaysUnknown(direction: Direction, seed: UInt64) throws {
        let result = try Self.analyse(.wrist, .walking, direction, strike: .heel, seed: seed)
        #expect(result.detected == .unknown)
    }

    /// A noisy 50 Hz wrist walk whose first seconds are found at every other step: the cadence
    /// doubles where the detector catches up. That is no turn (a turn changes the cadence by
    /// 10–20 %), so the walk stays one bout and is never called two opposite directions. Before the
    /// rhythm contrast and the neighbour jump were bounded it came out as a forward 5-step bout
    /// followed by a backward one (the accuracy matrix's seed-7002 recording, low rate and noise).
    @Test(arguments: [FootStrike.heel, .toe])
    func wristWalkWhoseCadenceDoublesIsNotSplitIntoOppositeDirections(strike: FootStrike) throws {
        let analysis = try Self.analysis(.wrist, .walking, .forward, strike: strike, options: SimulationOptions(
            placement: .wrist, sampleRate: 50, seed: 7002, noise: 0.05, bias: 0.05))
        let gait = analysis.bouts.filter { $0.bout.activity != .standing }
        let called = Set(gait.map(\.bout.direction)).subtracting([.unknown])
        #expect(called.count <= 1, "\(gait.map { "\($0.bout.direction) \($0.steps) steps" })")
        #expect(!called.contains(.backward))
        #expect(gait.count == 1, "\(gait.map { "\($0.bout.startTime)-\($0.bout.endTime)" })")
    }
}

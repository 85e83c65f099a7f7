import GaitSimulator
import RetroGait
import Testing

/// The edges of a bout at the foot and the shank: the first landing after the lift-off from standing and
/// the settling touchdown after the last step, which puts the foot down beside the other one. Both are
/// real touchdowns in the simulated signal (the truth lists them, ``SimulatedRecording/events``), and a
/// user counting steps wants them found wherever the sensor is worn.
///
/// Before this was fixed no settling touchdown was found at the foot or the shank (0 of 72 per placement
/// in the accuracy matrix): the last stance's energy minimum is only as deep as the small settling swing,
/// and that swing's fall lies 200–400 ms before the foot touches down. First landings after a weak
/// first swing are still often missed or timed late (the floors below say how often they are found).
@Suite("Simulated bout edges: first landing and settling touchdown at the foot and shank")
struct BoutEdgeFootContactTests {
    static let gaits: [(Activity, Direction)] = [
        (.walking, .forward), (.walking, .backward), (.running, .forward), (.running, .backward),
    ]

    /// Settling touchdowns (and first landings) of the left foot found within ±40 ms, over four gaits ×
    /// seeds 21–23 at 100 Hz (12 of each per placement).
    static func found(_ placement: Placement) throws -> (settles: Int, firsts: Int, total: Int) {
        var settles = 0, firsts = 0, total = 0
        for (activity, direction) in gaits {
            for seed: UInt64 in 21...23 {
                let simulated = GaitSimulator.simulate(
                    SessionScript([
                        BoutScript(.standing, duration: 3), BoutScript(activity, direction: direction, duration: 15),
                        BoutScript(.standing, duration: 3),
                    ]),
                    options: SimulationOptions(placement: placement, sampleRate: 100, seed: seed))
                let analysis = try GaitAnalyzer(configuration: .init(placement: placement, sensorSide: .left))
                    .analyze(simulated.recording)
                let truth = simulated.events.filter { $0.side == .left && $0.kind == .initialContact }
                let detected = analysis.initialContacts.map(\.time)
                func isFound(_ time: Double) -> Bool { detected.contains { abs($0 - time) <= 0.04 } }
                let settle = try #require(truth.last), first = try #require(truth.first)
                #expect(settle.strike == .unknown)
                settles += isFound(settle.time) ? 1 : 0
                firsts += isFound(first.time) ? 1 : 0
                total += 1
            }
        }
        return (settles, firsts, total)
    }

    /// Measured: 9 of 12 settling touchdowns (0 before the fix), 5 of 12 first landings.
    @Test func footFindsTheSettlingTouchdown() throws {
        let result = try Self.found(.foot)
        #expect(result.settles >= 8, "settling touchdowns found: \(result.settles) of \(result.total)")
        #expect(result.firsts >= 4, "first landings found: \(result.firsts) of \(result.total)")
    }

    /// A backward walk from standing, foot with and without gyroscope, seeds 3–14: the first swing's
    /// highest part is the push-off from standing, and its jerk is not the landing's. Before the fix the
    /// first landing was placed at the lift-off, 310–390 ms early, on 5 of 12 seeds (with and without
    /// gyroscope); measured now: 10 of 12 within ±40 ms, the other two 87 and 99 ms early.
    @Test(arguments: [false, true])
    func backwardFirstLandingIsNotTheLiftOff(gyroscope: Bool) throws {
        var errors: [Double] = []
        for seed: UInt64 in 3...14 {
            let simulated = GaitSimulator.simulate(
                try SessionScript(parsing: "stand:4, bw-walk:20, stand:3"),
                options: SimulationOptions(placement: .foot, seed: seed, includeGyroscope: gyroscope))
            let analysis = try GaitAnalyzer(configuration: .init(placement: .foot, sensorSide: .left)).analyze(simulated.recording)
            let first = try #require(simulated.events.first { $0.side == .left && $0.kind == .initialContact })
            let nearest = try #require(analysis.initialContacts.min { abs($0.time - first.time) < abs($1.time - first.time) })
            errors.append(nearest.time - first.time)
        }
        #expect(errors.allSatisfy { abs($0) < 0.15 }, "\(errors)")
        #expect(errors.count { abs($0) <= 0.04 } >= 10, "\(errors)")
    }

    /// A forward walk from the recording's first sample, foot with and without gyroscope, seeds 3–14 at 100 Hz: the
    /// foot rests only ~0.1 s before it lifts off, too little for the rest to be found as standing the usual way (1.5
    /// strides of history). The left foot's first landing and its lift-off from standing, found within ±40 ms.
    /// Before the fix the first swing passed for an ordinary one: its landing was taken 117–122 ms late on the
    /// heel-rocker hump after it (the weak first swing's hump is lower), or an energy dip 0.2 s into the swing was
    /// taken for a stance, its "landing" at the lift-off; landings 8 / 9 of 12 (without / with gyroscope), lift-offs
    /// 0 / 1. Measured now: landings 12 / 12, lift-offs 11 / 9.
    @Test(arguments: [false, true])
    func firstLandingOfAWalkFromTheRecordingsStart(gyroscope: Bool) throws {
        var landings = 0, liftOffs = 0
        for seed: UInt64 in 3...14 {
            let simulated = GaitSimulator.simulate(
                try SessionScript(parsing: "fw-walk:15, stand:2"),
                options: SimulationOptions(placement: .foot, seed: seed, includeGyroscope: gyroscope))
            let analysis = try GaitAnalyzer(configuration: .init(placement: .foot, sensorSide: .left)).analyze(simulated.recording)
            let own = simulated.events.filter { $0.side == .left }
            let landing = try #require(own.first { $0.kind == .initialContact })
            let liftOff = try #require(own.first { $0.kind == .toeOff })
            landings += analysis.initialContacts.contains { abs($0.time - landing.time) <= 0.04 } ? 1 : 0
            liftOffs += analysis.events.contains { $0.kind == .toeOff && abs($0.time - liftOff.time) <= 0.04 } ? 1 : 0
        }
        #expect(landings >= 11, "first landings found: \(landings) of 12")
        #expect(liftOffs >= 8, "lift-offs from standing found: \(liftOffs) of 12")
    }

    /// A forward walk from standing at the shank, seeds 21–32 at 100 Hz: the left foot's first landing and the toe-off
    /// that ends its first stance, found within ±40 ms. The simulated first step is a step of the starting speed,
    /// and the trailing foot's first swing passes the leading foot (adults reach the steady progression velocity by
    /// the end of the first step, Brenière & Do 1986). With the former first swings of a quarter stride for both
    /// feet, the shank's first stance merged with the standing before it: 0 of 12 landings and toe-offs found;
    /// measured now 5 of 12 each (the foot: 12 and 10 of 12, before and after).
    @Test func shankFindsTheFirstStepOfAForwardWalk() throws {
        var landings = 0, toeOffs = 0
        for seed: UInt64 in 21...32 {
            let simulated = GaitSimulator.simulate(
                try SessionScript(parsing: "stand:3, fw-walk:15, stand:3"),
                options: SimulationOptions(placement: .shank, sampleRate: 100, seed: seed))
            let analysis = try GaitAnalyzer(configuration: .init(placement: .shank, sensorSide: .left))
                .analyze(simulated.recording)
            let own = simulated.events.filter { $0.side == .left }
            let landing = try #require(own.first { $0.kind == .initialContact })
            let toeOff = try #require(own.first { $0.kind == .toeOff && $0.time > landing.time })
            landings += analysis.initialContacts.contains { abs($0.time - landing.time) <= 0.04 } ? 1 : 0
            toeOffs += analysis.events.contains { $0.kind == .toeOff && abs($0.time - toeOff.time) <= 0.04 } ? 1 : 0
        }
        #expect(landings >= 4, "first landings found: \(landings) of 12")
        #expect(toeOffs >= 4, "first stances' toe-offs found: \(toeOffs) of 12")
    }

    /// Measured: 11 of 12 settling touchdowns (0 before the fix), 3 of 12 first landings.
    @Test func shankFindsTheSettlingTouchdown() throws {
        let result = try Self.found(.shank)
        #expect(result.settles >= 9, "settling touchdowns found: \(result.settles) of \(result.total)")
        #expect(result.firsts >= 2, "first landings found: \(result.firsts) of \(result.total)")
    }
}
